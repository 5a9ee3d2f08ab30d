import { Group, Stack, VisuallyHidden } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import {
  MEMBER_SEARCH_SCOPE_LABELS,
  MEMBER_SEARCH_SCOPES,
  MEMBER_SORT_COLUMNS,
  type MemberItem,
} from '../../../common/members-api';
import { useMembers } from '../../api/members';
import { useSession } from '../../api/session';
import { ColumnsMenu } from '../../components/ColumnsMenu';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { RoleBadge } from '../../components/RoleBadge';
import { SearchWithScope } from '../../components/SearchWithScope';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useVisibleColumns } from '../../components/use-visible-columns';
import { MemberActions } from './MemberActions';
import type { MemberFilters, MemberUrlFilters } from './member-filters';
import { RoleFilter } from './RoleFilter';

const COLUMNS = [
  { id: 'firstName', title: 'First Name' },
  { id: 'lastName', title: 'Last Name' },
  { id: 'email', title: 'Email' },
  { id: 'role', title: 'Role' },
  { id: 'phone', title: 'Phone' },
] as const;
const SCOPES = MEMBER_SEARCH_SCOPES.map((scope) => ({
  value: scope,
  label: MEMBER_SEARCH_SCOPE_LABELS[scope],
}));

export function ActiveMembersTab({
  filters,
  onFiltersChange,
}: {
  filters: MemberFilters;
  onFiltersChange: (patch: MemberUrlFilters) => void;
}) {
  const { abilities, user } = useSession();
  const [visible, setVisible] = useVisibleColumns(
    'members.active',
    COLUMNS.map((c) => c.id),
  );
  const { role, scope, q, sort, direction, size } = filters;
  const pages = useCursorPages(JSON.stringify([role, scope, q, sort, direction, size]));
  const members = useMembers({
    role,
    scope: q ? scope : undefined,
    q,
    sort,
    direction,
    cursor: pages.cursor,
    limit: size,
  });

  const columns: DataTableColumn<MemberItem>[] = COLUMNS.map((column) => ({
    accessor: column.id,
    title: column.title,
    hidden: !visible.includes(column.id),
    render:
      column.id === 'role'
        ? (member) => <RoleBadge role={member.role} />
        : column.id === 'phone'
          ? (member) => member.phone ?? '—'
          : undefined,
  }));
  if (abilities.includes('members.manage')) {
    columns.push({
      accessor: 'actions',
      title: <VisuallyHidden>Actions</VisuallyHidden>,
      textAlign: 'right',
      width: 70,
      render: (member) => <MemberActions member={member} isSelf={member.userId === user.id} />,
    });
  }

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <RoleFilter value={role} onChange={(next) => onFiltersChange({ role: next })} />
        <SearchWithScope
          scopes={SCOPES}
          scope={scope}
          onScopeChange={(next) => onFiltersChange({ scope: next === 'name' ? undefined : next })}
          query={q}
          onQueryChange={(next) => onFiltersChange({ q: next })}
        />
        <ColumnsMenu columns={COLUMNS} visible={visible} onChange={setVisible} />
      </Group>
      <PagedList
        label="Members"
        query={members}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle="The members could not be loaded"
      >
        {(rows) => (
          <ListTable
            label="Active members"
            columns={columns}
            rows={rows}
            idAccessor="userId"
            fetching={members.isFetching}
            empty={{
              title: 'No members found',
              description:
                q || role
                  ? 'No member matches these filters.'
                  : 'This organization has no members yet.',
            }}
            sort={{
              column: sort,
              direction,
              sortable: MEMBER_SORT_COLUMNS,
              onChange: (column, next) => onFiltersChange({ sort: column, direction: next }),
            }}
          />
        )}
      </PagedList>
    </Stack>
  );
}
