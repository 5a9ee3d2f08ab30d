import { Group, Select } from '@mantine/core';
import { AUDIT_TYPES } from '../../../common/plain-values';
import type { AuditFilters } from '../../../common/audit-api';
import { useLabels } from '../../i18n/labels';
import { useAuditUsers } from './api/audit-users';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { SearchInput } from '../../components/SearchInput';
import type { AuditUrlFilters } from './audit-filters';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <DateRangeFilter from={filters.from} to={filters.to} onChange={(range) => onChange(range)} />
      <Select
        label={t('audit.columns.type')}
        data={[
          { value: ALL, label: t('audit.toolbar.allTypes') },
          ...AUDIT_TYPES.map((type) => ({ value: type, label: labels.auditType(type) })),
        ]}
        value={filters.type ?? ALL}
        onChange={(type) => onChange({ type: type === ALL ? undefined : (type ?? undefined) })}
        allowDeselect={false}
        w={160}
      />
      <Select
        label={t('audit.columns.user')}
        placeholder={users.isError ? t('audit.toolbar.usersFailed') : undefined}
        data={[
          { value: ALL, label: t('audit.toolbar.allUsers') },
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
        placeholder={t('audit.toolbar.searchPlaceholder')}
        value={filters.q ?? ''}
        onChange={(q) => onChange({ q })}
      />
    </Group>
  );
}
