import { Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { InvitationItem } from '../../../common/members-api';
import { useInvitations } from './api/invitations';
import { useSession } from '../../api/session';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { RoleBadge } from '../../components/RoleBadge';
import { SearchInput } from '../../components/SearchInput';
import { useCursorPages } from '../../components/use-cursor-pages';
import { InvitationActions } from './InvitationActions';
import type { MemberFilters, MemberUrlFilters } from './member-filters';
import { RoleFilter } from './RoleFilter';

function Status({ invitation }: { invitation: InvitationItem }) {
  return (
    <Stack gap={2}>
      <Badge
        variant="dot"
        color={invitation.status === 'expired' ? 'orange' : 'teal'}
        tt="none"
        fw={500}
      >
        {invitation.status === 'expired' ? 'Expired' : 'Pending'}
      </Badge>
      <Text size="xs" c="dimmed">
        {invitation.status === 'expired' ? 'Expired ' : 'Expires '}
        <DateTime value={invitation.expiresAt} />
      </Text>
    </Stack>
  );
}

/** Invitations not yet accepted: Added On, Email, Role, with role filter and email search. */
export function InvitedTab({
  filters,
  onFiltersChange,
}: {
  filters: MemberFilters;
  onFiltersChange: (patch: MemberUrlFilters) => void;
}) {
  const { abilities } = useSession();
  const { role, q, size } = filters;
  const pages = useCursorPages(JSON.stringify([role, q, size]));
  const invitations = useInvitations({ role, q, cursor: pages.cursor, limit: size });

  const columns: DataTableColumn<InvitationItem>[] = [
    {
      accessor: 'addedAt',
      title: 'Added On',
      render: (invitation) => <DateTime value={invitation.addedAt} />,
    },
    { accessor: 'email', title: 'Email' },
    {
      accessor: 'role',
      title: 'Role',
      render: (invitation) => <RoleBadge role={invitation.role} />,
    },
    {
      accessor: 'status',
      title: 'Status',
      render: (invitation) => <Status invitation={invitation} />,
    },
  ];
  if (abilities.includes('members.manage')) {
    columns.push({
      accessor: 'actions',
      title: <VisuallyHidden>Actions</VisuallyHidden>,
      textAlign: 'right',
      render: (invitation) => <InvitationActions invitation={invitation} />,
    });
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <RoleFilter value={role} onChange={(next) => onFiltersChange({ role: next })} />
        <SearchInput
          placeholder="Search by email"
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
      </Group>
      <PagedList
        label="Invitations"
        query={invitations}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle="The invitations could not be loaded"
      >
        {(rows) => (
          <ListTable
            label="Invited members"
            columns={columns}
            rows={rows}
            idAccessor="id"
            fetching={invitations.isFetching}
            empty={{
              title: 'No open invitations',
              description:
                q || role
                  ? 'No invitation matches these filters.'
                  : 'Invitations appear here until they are accepted.',
            }}
          />
        )}
      </PagedList>
    </Stack>
  );
}
