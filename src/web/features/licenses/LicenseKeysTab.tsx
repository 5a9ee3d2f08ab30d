import { Anchor, Group, Select, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import {
  EXPIRING_WITHIN_OPTIONS,
  LICENSE_KEY_SORT_COLUMNS,
  LICENSE_KEY_STATUS_FILTERS,
} from '../../../common/license-keys-api';
import type { LicenseKeyItem } from '../../../common/license-keys-schema';
import { useActivationProducts } from '../../api/activation-products';
import { useLicenseKeys } from './api/license-keys';
import { ColumnsMenu } from '../../components/ColumnsMenu';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { SearchInput } from '../../components/SearchInput';
import { StatusBadge } from '../../components/StatusBadge';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useVisibleColumns } from '../../components/use-visible-columns';
import { assigneeText } from './assignee-text';
import { AssigneeFilter } from './AssigneeFilter';
import { EntitlementPanel } from './EntitlementPanel';
import { FeatureFilter } from './FeatureFilter';
import { keysQueryOf } from './first-page';
import { FeatureSummary } from './FeatureSummary';
import type { TabProps } from './license-filters';
import { i18n } from '../../i18n/i18n';
import { formatNumberIn } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

/** The table's columns in order (titles are translation keys); a new column is one entry here and, if it is not plain text, one in RENDER. */
const COLUMNS = [
  { id: 'maskedKey', title: 'licenses.columns.licenseKey' },
  { id: 'product', title: 'licenses.columns.product' },
  { id: 'entitlement', title: 'licenses.columns.entitlement' },
  { id: 'status', title: 'licenses.columns.status' },
  { id: 'seats', title: 'licenses.columns.seatsUsedTotal' },
  { id: 'assignees', title: 'licenses.columns.assignedTo' },
  { id: 'features', title: 'licenses.columns.features' },
  { id: 'expiresAt', title: 'licenses.columns.expires' },
  { id: 'addedAt', title: 'licenses.columns.added' },
] as const;
type ColumnId = (typeof COLUMNS)[number]['id'];
/** Added is one click away in Columns: with it, the table is wider than a 1366 px laptop's page. */
const DEFAULT_COLUMNS = COLUMNS.map((c) => c.id).filter((id) => id !== 'addedAt');
/** Columns whose text may run over several lines. */
const WRAPPING = new Set<ColumnId>(['product', 'assignees', 'features']);

const ALL = 'all';
const statusOptions = () => [
  { value: ALL, label: i18n.t('licenses.keys.allStatuses') },
  ...LICENSE_KEY_STATUS_FILTERS.map((value) => ({
    value,
    label: i18n.t(`licenses.keys.statusFilter.${value}`),
  })),
];
const expiringOptions = () => [
  { value: ALL, label: i18n.t('licenses.keys.anyTime') },
  ...EXPIRING_WITHIN_OPTIONS.map((days) => ({
    value: String(days),
    label: i18n.t('licenses.keys.within', { count: days }),
  })),
];

const RENDER: Record<Exclude<ColumnId, 'maskedKey'>, (row: LicenseKeyItem) => ReactNode> = {
  product: (row) => row.productName,
  entitlement: (row) => row.entitlementPublicId,
  status: (row) => <StatusBadge status={row.status} />,
  seats: (row) =>
    `${formatNumberIn(i18n.language, row.seatsUsed)} / ${formatNumberIn(i18n.language, row.seats)}`,
  assignees: (row) => assigneeText(row.assignees),
  features: (row) => <FeatureSummary features={row.features} />,
  expiresAt: (row) =>
    row.expiresAt ? <DateTime value={row.expiresAt} /> : i18n.t('licenses.never'),
  addedAt: (row) => <DateTime value={row.addedAt} />,
};

/** Every license key of the organization, one row each; a key opens its entitlement's panel (reveal, copy, check). */
export function LicenseKeysTab({ filters, onFiltersChange }: TabProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useVisibleColumns(
    'licenses.keys',
    COLUMNS.map((c) => c.id),
    DEFAULT_COLUMNS,
  );
  const {
    q,
    assigned,
    status,
    productId,
    feature,
    expiringWithinDays,
    keySort: sort,
    direction,
    size,
    open,
    license,
  } = filters;
  const products = useActivationProducts();
  const pages = useCursorPages(
    JSON.stringify([
      q,
      assigned,
      status,
      productId,
      feature,
      expiringWithinDays,
      sort,
      direction,
      size,
    ]),
  );
  const keys = useLicenseKeys(keysQueryOf(filters, pages.cursor));
  const filtered = Boolean(
    q || status || productId || feature || expiringWithinDays || assigned !== 'all',
  );

  const columns: DataTableColumn<LicenseKeyItem>[] = COLUMNS.map((column) => ({
    accessor: column.id,
    title: t(column.title),
    hidden: !visible.includes(column.id),
    noWrap: !WRAPPING.has(column.id),
    // Wide enough for "Solver cores (8 max cores)" on one line, so a row stays a few lines tall.
    ...(column.id === 'features' ? { width: 220 } : {}),
    render:
      column.id === 'maskedKey'
        ? (row) => (
            <Anchor
              component="button"
              type="button"
              ff="monospace"
              size="sm"
              aria-label={t('licenses.keys.openLabel', {
                key: row.maskedKey,
                product: row.productName,
                entitlement: row.entitlementPublicId,
              })}
              onClick={() =>
                onFiltersChange({ open: String(row.entitlementId), license: String(row.licenseId) })
              }
            >
              {/* The key's ending is what tells keys apart; the full mask would push Expires off a laptop screen. */}
              {`•••• ${row.maskedKey.slice(-4)}`}
            </Anchor>
          )
        : RENDER[column.id],
  }));

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('licenses.columns.status')}
          data={statusOptions()}
          value={status ?? ALL}
          onChange={(next) =>
            onFiltersChange({ status: next === ALL ? undefined : (next ?? undefined) })
          }
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t('licenses.columns.product')}
          data={[
            { value: ALL, label: t('licenses.keys.allProducts') },
            ...(products.data ?? []).map((p) => ({ value: String(p.id), label: p.name })),
          ]}
          value={productId === undefined ? ALL : String(productId)}
          onChange={(next) =>
            onFiltersChange({ product: next === ALL ? undefined : (next ?? undefined) })
          }
          allowDeselect={false}
          w={220}
        />
        <FeatureFilter
          value={feature}
          onChange={(next) =>
            onFiltersChange({ feature: next === undefined ? undefined : String(next) })
          }
        />
        <Select
          label={t('licenses.keys.expiring')}
          data={expiringOptions()}
          value={expiringWithinDays === undefined ? ALL : String(expiringWithinDays)}
          onChange={(next) =>
            onFiltersChange({ expiring: next === ALL ? undefined : (next ?? undefined) })
          }
          allowDeselect={false}
          w={170}
        />
        <AssigneeFilter value={assigned} onChange={(next) => onFiltersChange({ assigned: next })} />
        <SearchInput
          placeholder={t('licenses.keys.searchPlaceholder')}
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
        <ColumnsMenu
          columns={COLUMNS.map((c) => ({ id: c.id, title: t(c.title) }))}
          visible={visible}
          onChange={setVisible}
        />
      </Group>
      {expiringWithinDays !== undefined &&
        !EXPIRING_WITHIN_OPTIONS.includes(
          expiringWithinDays as (typeof EXPIRING_WITHIN_OPTIONS)[number],
        ) && (
          <Text size="sm" c="dimmed">
            {t('licenses.keys.expiringWithin', { count: expiringWithinDays })}
          </Text>
        )}
      <PagedList
        label={t('licenses.keys.label')}
        query={keys}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle={t('licenses.keys.loadFailed')}
      >
        {(rows) => (
          <ListTable
            label={t('licenses.keys.label')}
            columns={columns}
            rows={rows}
            idAccessor="licenseId"
            fetching={keys.isFetching}
            empty={{
              title: t('licenses.keys.emptyTitle'),
              description: filtered
                ? t('licenses.keys.emptyFiltered')
                : t('licenses.noLicensesYet'),
            }}
            sort={{
              column: sort,
              direction,
              sortable: LICENSE_KEY_SORT_COLUMNS,
              onChange: (column, next) => onFiltersChange({ sort: column, direction: next }),
            }}
          />
        )}
      </PagedList>
      <EntitlementPanel
        entitlementId={open}
        licenseId={license}
        onClose={() => onFiltersChange({ open: undefined, license: undefined })}
      />
    </Stack>
  );
}
