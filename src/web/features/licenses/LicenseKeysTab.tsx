import { Anchor, Group, Select, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { ReactNode } from 'react';
import {
  EXPIRING_WITHIN_OPTIONS,
  LICENSE_KEY_SORT_COLUMNS,
  LICENSE_KEY_STATUS_FILTER_LABELS,
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
import { FeatureSummary } from './FeatureSummary';
import type { TabProps } from './license-filters';

/** The table's columns in order; a new column is one entry here and, if it is not plain text, one in RENDER. */
const COLUMNS = [
  { id: 'maskedKey', title: 'License Key' },
  { id: 'product', title: 'Product' },
  { id: 'entitlement', title: 'Entitlement' },
  { id: 'status', title: 'Status' },
  { id: 'seats', title: 'Seats Used / Total' },
  { id: 'assignees', title: 'Assigned to' },
  { id: 'features', title: 'Features' },
  { id: 'expiresAt', title: 'Expires' },
  { id: 'addedAt', title: 'Added' },
] as const;
type ColumnId = (typeof COLUMNS)[number]['id'];
/** Added is one click away in Columns: with it, the table is wider than a 1366 px laptop's page. */
const DEFAULT_COLUMNS = COLUMNS.map((c) => c.id).filter((id) => id !== 'addedAt');
/** Columns whose text may run over several lines. */
const WRAPPING = new Set<ColumnId>(['product', 'assignees', 'features']);

const ALL = 'all';
const STATUS_OPTIONS = [
  { value: ALL, label: 'All statuses' },
  ...LICENSE_KEY_STATUS_FILTERS.map((value) => ({
    value,
    label: LICENSE_KEY_STATUS_FILTER_LABELS[value],
  })),
];
const EXPIRING_OPTIONS = [
  { value: ALL, label: 'Any time' },
  ...EXPIRING_WITHIN_OPTIONS.map((days) => ({ value: String(days), label: `Within ${days} days` })),
];

const RENDER: Record<Exclude<ColumnId, 'maskedKey'>, (row: LicenseKeyItem) => ReactNode> = {
  product: (row) => row.productName,
  entitlement: (row) => row.entitlementPublicId,
  status: (row) => <StatusBadge status={row.status} />,
  seats: (row) => `${row.seatsUsed.toLocaleString()} / ${row.seats.toLocaleString()}`,
  assignees: (row) => assigneeText(row.assignees),
  features: (row) => <FeatureSummary features={row.features} />,
  expiresAt: (row) => (row.expiresAt ? <DateTime value={row.expiresAt} /> : 'Never'),
  addedAt: (row) => <DateTime value={row.addedAt} />,
};

/** Every license key of the organization, one row each; a key opens its entitlement's panel (reveal, copy, check). */
export function LicenseKeysTab({ filters, onFiltersChange }: TabProps) {
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
  const keys = useLicenseKeys({
    status,
    productId,
    featureId: feature,
    expiringWithinDays,
    assigned: assigned === 'all' ? undefined : assigned,
    q: q || undefined,
    sort,
    direction,
    cursor: pages.cursor,
    limit: size,
  });
  const filtered = Boolean(
    q || status || productId || feature || expiringWithinDays || assigned !== 'all',
  );

  const columns: DataTableColumn<LicenseKeyItem>[] = COLUMNS.map((column) => ({
    accessor: column.id,
    title: column.title,
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
              aria-label={`${row.maskedKey}, ${row.productName}: open entitlement ${row.entitlementPublicId}`}
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
          label="Status"
          data={STATUS_OPTIONS}
          value={status ?? ALL}
          onChange={(next) =>
            onFiltersChange({ status: next === ALL ? undefined : (next ?? undefined) })
          }
          allowDeselect={false}
          w={170}
        />
        <Select
          label="Product"
          data={[
            { value: ALL, label: 'All products' },
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
          label="Expiring"
          data={EXPIRING_OPTIONS}
          value={expiringWithinDays === undefined ? ALL : String(expiringWithinDays)}
          onChange={(next) =>
            onFiltersChange({ expiring: next === ALL ? undefined : (next ?? undefined) })
          }
          allowDeselect={false}
          w={170}
        />
        <AssigneeFilter value={assigned} onChange={(next) => onFiltersChange({ assigned: next })} />
        <SearchInput
          placeholder="Entitlement ID or key ending"
          value={q}
          onChange={(next) => onFiltersChange({ q: next })}
        />
        <ColumnsMenu columns={COLUMNS} visible={visible} onChange={setVisible} />
      </Group>
      {expiringWithinDays !== undefined &&
        !EXPIRING_WITHIN_OPTIONS.includes(
          expiringWithinDays as (typeof EXPIRING_WITHIN_OPTIONS)[number],
        ) && (
          <Text size="sm" c="dimmed">
            Valid licenses expiring within {expiringWithinDays} days.
          </Text>
        )}
      <PagedList
        label="License keys"
        query={keys}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => onFiltersChange({ size: String(next) })}
        errorTitle="The license keys could not be loaded"
      >
        {(rows) => (
          <ListTable
            label="License keys"
            columns={columns}
            rows={rows}
            idAccessor="licenseId"
            fetching={keys.isFetching}
            empty={{
              title: 'No license keys found',
              description: filtered
                ? 'No license matches these filters.'
                : 'This organization holds no licenses yet.',
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
