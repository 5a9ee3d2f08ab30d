import { Button, Group, Stack, Tabs } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../../api/session';
import { InviteMemberModal } from '../../components/InviteMemberModal';
import { PageHeader } from '../../components/PageHeader';
import { useUrlFilters } from '../../components/use-url-filters';
import { ActiveMembersTab } from './ActiveMembersTab';
import { InvitedTab } from './InvitedTab';
import { MEMBER_URL_KEYS, parseMemberFilters } from './member-filters';

export function MembersPage() {
  const { organization, abilities } = useSession();
  const [url, setUrl] = useUrlFilters(MEMBER_URL_KEYS);
  const filters = parseMemberFilters(url);
  const [inviting, setInviting] = useState(false);
  // Each tab has its own filters: switching starts from none.
  const switchTab = (tab: string | null) =>
    setUrl({ tab: tab === 'invited' ? 'invited' : undefined, role: undefined, scope: undefined, q: undefined, sort: undefined, direction: undefined });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title="Members" description={`People with access to ${organization.name} in this portal.`} />
        {abilities.includes('members.manage') && (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
            Invite Member
          </Button>
        )}
      </Group>
      <Tabs value={filters.tab} onChange={switchTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="active">Active</Tabs.Tab>
          <Tabs.Tab value="invited">Invited</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="active" pt="md">
          <ActiveMembersTab filters={filters} onFiltersChange={setUrl} />
        </Tabs.Panel>
        <Tabs.Panel value="invited" pt="md">
          <InvitedTab filters={filters} onFiltersChange={setUrl} />
        </Tabs.Panel>
      </Tabs>
      <InviteMemberModal opened={inviting} onClose={() => setInviting(false)} />
    </Stack>
  );
}
