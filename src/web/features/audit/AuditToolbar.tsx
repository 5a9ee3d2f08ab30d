import { Group, Select } from '@mantine/core';
import { AUDIT_TYPE_LABELS, AUDIT_TYPES, type AuditFilters } from '../../../common/audit-api';
import { useAuditUsers } from './api/audit-users';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { SearchInput } from '../../components/SearchInput';
import type { AuditUrlFilters } from './audit-filters';

const ALL = 'all';
// Members are chosen by id, the software and the vendor (no member behind them) by their label.
const USER = 'user:';
const ACTOR = 'actor:';

function userFilter(choice: string | null): AuditUrlFilters {
  if (choice?.startsWith(USER)) return { userId: choice.slice(USER.length), actor: undefined };
  if (choice?.startsWith(ACTOR)) return { actor: choice.slice(ACTOR.length), userId: undefined };
  return { userId: undefined, actor: undefined };
}

/** Date range, type, user and text search; every change lands in the URL. */
export function AuditToolbar({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (patch: AuditUrlFilters) => void;
}) {
  const users = useAuditUsers();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DateRangeFilter from={filters.from} to={filters.to} onChange={(range) => onChange(range)} />
      <Select
        label="Type"
        data={[
          { value: ALL, label: 'All types' },
          ...AUDIT_TYPES.map((type) => ({ value: type, label: AUDIT_TYPE_LABELS[type] })),
        ]}
        value={filters.type ?? ALL}
        onChange={(type) => onChange({ type: type === ALL ? undefined : (type ?? undefined) })}
        allowDeselect={false}
        w={160}
      />
      <Select
        label="User"
        placeholder={users.isError ? 'Users could not be loaded' : undefined}
        data={[
          { value: ALL, label: 'All users' },
          ...(users.data?.users ?? []).map((user) => ({
            value: `${USER}${user.id}`,
            label: user.name,
          })),
          ...(users.data?.systemActors ?? []).map((label) => ({
            value: `${ACTOR}${label}`,
            label,
          })),
        ]}
        value={
          filters.userId
            ? `${USER}${filters.userId}`
            : filters.actor
              ? `${ACTOR}${filters.actor}`
              : ALL
        }
        onChange={(choice) => onChange(userFilter(choice))}
        allowDeselect={false}
        searchable
        w={200}
      />
      <SearchInput
        placeholder="Search message or user"
        value={filters.q ?? ''}
        onChange={(q) => onChange({ q })}
      />
    </Group>
  );
}
