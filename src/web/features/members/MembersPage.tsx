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

const route = getRouteApi('/signed-in/members');

export function MembersPage() {
  const { organization, abilities } = useSession();
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
      title="Members"
      description={`People with access to ${organization.name} in this portal.`}
      action={
        abilities.includes('members.manage') && (
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => setInviting(true)}
          >
            Invite Member
          </Button>
        )
      }
      tab={filters.tab}
      onTabChange={switchTab}
      tabs={[
        {
          value: 'active',
          label: 'Active',
          panel: <ActiveMembersTab filters={filters} onFiltersChange={setUrl} />,
        },
        {
          value: 'invited',
          label: 'Invited',
          panel: <InvitedTab filters={filters} onFiltersChange={setUrl} />,
        },
      ]}
    >
      <InviteMemberModal opened={inviting} onClose={() => setInviting(false)} />
    </TabbedListPage>
  );
}
