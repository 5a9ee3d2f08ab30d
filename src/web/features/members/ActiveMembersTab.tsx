import { Group, Stack, VisuallyHidden } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { MEMBER_SEARCH_SCOPES, MEMBER_SORT_COLUMNS } from '../../../common/plain-values';
import type { MemberItem } from '../../../common/members-api';
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
import { useTranslation } from 'react-i18next';

const COLUMNS = [
  { id: 'firstName', title: 'members.columns.firstName' },
  { id: 'lastName', title: 'members.columns.lastName' },
  { id: 'email', title: 'members.columns.email' },
  { id: 'role', title: 'members.columns.role' },
  { id: 'phone', title: 'members.columns.phone' },
] as const;

export function ActiveMembersTab({
  filters,
  onFiltersChange,
}: {
  filters: MemberFilters;
  onFiltersChange: (patch: MemberUrlFilters) => void;
}) {
  const { abilities, user } = useSession();
  const { t } = useTranslation();
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
    title: t(column.title),
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
      title: <VisuallyHidden>{t('members.actions')}</VisuallyHidden>,
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
          scopes={MEMBER_SEARCH_SCOPES.map((value) => ({
            value,
            label: t(`members.scope.${value}`),
          }))}
          scope={scope}
          onScopeChange={(next) => onFiltersChange({ scope: next === 'name' ? undefined : next })}
          query={q}
          onQueryChange={(next) => onFiltersChange({ q: next })}
        />
        <ColumnsMenu
          columns={COLUMNS.map((c) => ({ id: c.id, title: t(c.title) }))}
          visible={visible}
          onChange={setVisible}
        />
      </Group>
      <PagedList
        label={t('members.title')}
        query={members}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle={t('members.active.loadFailed')}
      >
        {(rows) => (
          <ListTable
            label={t('members.active.label')}
            columns={columns}
            rows={rows}
            idAccessor="userId"
            fetching={members.isFetching}
            empty={{
              title: t('members.active.emptyTitle'),
              description:
                q || role ? t('members.active.emptyFiltered') : t('members.active.emptyNone'),
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
