import { Anchor, Group, Select, Stack } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import { ENTITLEMENT_SEARCH_SCOPES, ENTITLEMENT_SORT_COLUMNS } from '../../../common/plain-values';
import type { EntitlementLineItem } from '../../../common/licenses-api';
import { useEntitlements } from './api/license-entitlements';
import { ColumnsMenu } from '../../components/ColumnsMenu';
import { DateRangeFilter } from '../../components/DateRangeFilter';
import { CalendarDay, DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { SearchWithScope } from '../../components/SearchWithScope';
import { StatusBadge } from '../../components/StatusBadge';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useVisibleColumns } from '../../components/use-visible-columns';
import { EntitlementPanel } from './EntitlementPanel';
import { assigneeText } from './assignee-text';
import { AssigneeFilter } from './AssigneeFilter';
import { FeatureFilter } from './FeatureFilter';
import { entitlementsQueryOf } from './first-page';
import type { TabProps } from './license-filters';
import { i18n } from '../../i18n/i18n';
import { useTranslation } from 'react-i18next';

const COLUMNS = [
  { id: 'entitlementId', title: 'licenses.columns.entitlement' },
  { id: 'salesOrder', title: 'licenses.columns.salesOrder' },
  { id: 'status', title: 'licenses.columns.status' },
  { id: 'product', title: 'licenses.columns.product' },
  { id: 'productDescription', title: 'licenses.columns.productDescription' },
  { id: 'orderDate', title: 'licenses.columns.orderDate' },
  { id: 'expiration', title: 'licenses.columns.expiration' },
  { id: 'poNumber', title: 'licenses.columns.poNumber' },
  { id: 'totalAvailable', title: 'licenses.columns.totalAvailable' },
  { id: 'assignees', title: 'licenses.columns.assignedTo' },
] as const;
const scopes = () =>
  ENTITLEMENT_SEARCH_SCOPES.map((scope) => ({
    value: scope,
    label: i18n.t(`licenses.entitlements.scope.${scope}`),
  }));
const dateFields = () => [
  { value: 'orderDate', label: i18n.t('licenses.columns.orderDate') },
  { value: 'expiration', label: i18n.t('licenses.columns.expiration') },
];

const RENDER: Partial<
  Record<(typeof COLUMNS)[number]['id'], (row: EntitlementLineItem) => ReactNode>
> = {
  status: (row) => <StatusBadge status={row.status} />,
  product: (row) => row.productName,
  orderDate: (row) => <CalendarDay value={row.orderDate} />,
  expiration: (row) =>
    row.expiresAt ? <DateTime value={row.expiresAt} /> : i18n.t('licenses.never'),
  poNumber: (row) => row.poNumber ?? '—',
  assignees: (row) => assigneeText(row.assignees),
};

export function EntitlementsTab({ filters, onFiltersChange }: TabProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useVisibleColumns(
    'licenses.entitlements',
    COLUMNS.map((c) => c.id),
  );
  const {
    q,
    assigned,
    scope,
    dateField,
    from,
    to,
    feature,
    entitlementSort: sort,
    direction,
    size,
    open,
  } = filters;
  const pages = useCursorPages(
    JSON.stringify([q, assigned, scope, dateField, from, to, feature, sort, direction, size]),
  );
  const lines = useEntitlements(entitlementsQueryOf(filters, pages.cursor));

  const columns: DataTableColumn<EntitlementLineItem>[] = COLUMNS.map((column) => ({
    accessor: column.id,
    title: t(column.title),
    hidden: !visible.includes(column.id),
    render:
      column.id === 'entitlementId'
        ? (row) => (
            <Anchor
              component="button"
              type="button"
              fw={500}
              onClick={() => onFiltersChange({ open: String(row.entitlementId) })}
            >
              {row.entitlementPublicId}
            </Anchor>
          )
        : RENDER[column.id],
  }));

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <AssigneeFilter value={assigned} onChange={(next) => onFiltersChange({ assigned: next })} />
        <Select
          label={t('licenses.entitlements.filterBy')}
          data={dateFields()}
          value={dateField}
          onChange={(next) => next && onFiltersChange({ dateField: next })}
          allowDeselect={false}
          w={150}
        />
        <DateRangeFilter from={from} to={to} onChange={(range) => onFiltersChange(range)} />
        <FeatureFilter
          value={feature}
          onChange={(next) =>
            onFiltersChange({ feature: next === undefined ? undefined : String(next) })
          }
        />
        <SearchWithScope
          scopes={scopes()}
          scope={scope}
          onScopeChange={(next) =>
            onFiltersChange({ scope: next === 'entitlementId' ? undefined : next })
          }
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
        label={t('licenses.tabs.entitlements')}
        query={lines}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle={t('licenses.entitlements.loadFailed')}
      >
        {(rows) => (
          <ListTable
            label={t('licenses.tabs.entitlements')}
            columns={columns}
            rows={rows}
            idAccessor="licenseId"
            fetching={lines.isFetching}
            empty={{
              title: t('licenses.entitlements.emptyTitle'),
              description:
                q || from || to || feature || assigned !== 'all'
                  ? t('licenses.entitlements.emptyFiltered')
                  : t('licenses.entitlements.emptyNone'),
            }}
            sort={{
              column: sort,
              direction,
              sortable: ENTITLEMENT_SORT_COLUMNS,
              onChange: (column, next) => onFiltersChange({ sort: column, direction: next }),
            }}
          />
        )}
      </PagedList>
      <EntitlementPanel entitlementId={open} onClose={() => onFiltersChange({ open: undefined })} />
    </Stack>
  );
}
