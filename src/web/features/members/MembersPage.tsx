import { getRouteApi } from '@tanstack/react-router';
import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { InviteMemberModal } from '../../components/InviteMemberModal';
import { TabbedListPage } from '../../components/TabbedListPage';
import { useSearchUpdate } from '../../search-params';
import { ActiveMembersTab } from './ActiveMembersTab';
import { InvitedTab } from './InvitedTab';
import { parseMemberFilters, type MemberSearch } from './member-filters';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/signed-in/members');

export function MembersPage() {
  const { organization, abilities } = useSession();
  const { t } = useTranslation();
  const url = route.useSearch();
  const setUrl = useSearchUpdate<MemberSearch>();
  const filters = parseMemberFilters(url);
  const [inviting, setInviting] = useState(false);
  // Each tab has its own filters: switching starts from none.
  const switchTab = (tab: string) =>
    setUrl({
      tab: tab === 'invited' ? 'invited' : undefined,
      role: undefined,
      scope: undefined,
      q: undefined,
      sort: undefined,
      direction: undefined,
    });

  return (
    <TabbedListPage
      title={t('members.title')}
      description={t('members.description', { organization: organization.name })}
      action={
        abilities.includes('members.manage') && (
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setInviting(true)}
          >
            {t('common.invite.title')}
          </Button>
        )
      }
      tab={filters.tab}
      onTabChange={switchTab}
      tabs={[
        {
          value: 'active',
          label: t('members.tabs.active'),
          panel: <ActiveMembersTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'invited',
          label: t('members.tabs.invited'),
          panel: <InvitedTab filters={filters} onFiltersChange={setUrl} />,
        },
      ]}
    >
      <InviteMemberModal opened={inviting} onClose={() => setInviting(false)} />
    </TabbedListPage>
  );
}
