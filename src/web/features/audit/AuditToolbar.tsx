import { Group, Select } from '@mantine/core';
import { AUDIT_TYPE_LABELS, AUDIT_TYPES } from '../../../common/audit-api';
import type { AuditFilters } from '../../api/audit-events';
import { useAuditUsers } from '../../api/audit-users';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { SearchInput } from '../../components/SearchInput';
import type { AuditUrlFilters } from './audit-filters';

const ALL = 'all';

/** Date range, type, user and text search; every change lands in the URL. */
export function AuditToolbar({ filters, onChange }: { filters: AuditFilters; onChange: (patch: AuditUrlFilters) => void }) {
  const users = useAuditUsers();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DateRangeFilter from={filters.from} to={filters.to} onChange={(range) => onChange(range)} />
      <Select
        label="Type"
        data={[{ value: ALL, label: 'All types' }, ...AUDIT_TYPES.map((type) => ({ value: type, label: AUDIT_TYPE_LABELS[type] }))]}
        value={filters.type ?? ALL}
        onChange={(type) => onChange({ type: type === ALL ? undefined : (type ?? undefined) })}
        allowDeselect={false}
        w={160}
      />
      <Select
        label="User"
        placeholder={users.isError ? 'Users could not be loaded' : undefined}
        data={[{ value: ALL, label: 'All users' }, ...(users.data ?? []).map((user) => ({ value: String(user.id), label: user.name }))]}
        value={filters.userId ? String(filters.userId) : ALL}
        onChange={(userId) => onChange({ userId: userId === ALL ? undefined : (userId ?? undefined) })}
        allowDeselect={false}
        searchable
        w={200}
      />
      <SearchInput placeholder="Search message or user" value={filters.q ?? ''} onChange={(q) => onChange({ q })} />
    </Group>
  );
}
