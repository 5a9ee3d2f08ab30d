import {
  ENTITLEMENT_DATE_FIELDS,
  ENTITLEMENT_SEARCH_SCOPES,
  ENTITLEMENT_SORT_COLUMNS,
  PRODUCT_SORT_COLUMNS,
} from '../../../common/plain-values';
import type { EntitlementSortColumn, ProductSortColumn } from '../../../common/licenses-api';
import {
  LICENSE_KEY_SORT_COLUMNS,
  LICENSE_KEY_STATUS_FILTERS,
  MAX_EXPIRING_WITHIN_DAYS,
  type LicenseKeySortColumn,
} from '../../../common/license-keys-api';
import { ASSIGNEE_FILTER_PATTERN } from '../../../common/plain-values';
import type { InventoryView } from '../../../common/assignments-api';
import { DEFAULT_PAGE_SIZE, type SortDirection } from '../../../common/page';
import {
  day,
  matching,
  oneOf,
  pageSize,
  positiveInteger,
  searchParams,
  text,
  type SearchPatch,
} from '../../search-params';

export const LICENSE_TABS = ['products', 'entitlements', 'keys'] as const;
export type LicenseTab = (typeof LICENSE_TABS)[number];

// `all` (everyone's licenses) overrides a member's default view of "mine".
const assignee = (value: unknown) =>
  value === 'all' ? 'all' : matching(ASSIGNEE_FILTER_PATTERN)(value);

const SORT_COLUMNS = [
  ...new Set([...PRODUCT_SORT_COLUMNS, ...ENTITLEMENT_SORT_COLUMNS, ...LICENSE_KEY_SORT_COLUMNS]),
];

/**
 * The My Licenses route's `validateSearch` (all three tabs); `open` is the id of the row whose
 * panel is open, `license` the license whose card that entitlement panel shows expanded.
 */
export const validateLicenseSearch = searchParams({
  tab: oneOf(LICENSE_TABS),
  q: text,
  assigned: assignee,
  scope: oneOf(ENTITLEMENT_SEARCH_SCOPES),
  dateField: oneOf(ENTITLEMENT_DATE_FIELDS),
  from: day,
  to: day,
  status: oneOf(LICENSE_KEY_STATUS_FILTERS),
  product: positiveInteger(),
  expiring: positiveInteger(MAX_EXPIRING_WITHIN_DAYS),
  /** "Licenses with feature X": a product feature's id. */
  feature: positiveInteger(),
  sort: oneOf(SORT_COLUMNS),
  direction: oneOf<SortDirection>(['asc', 'desc']),
  size: pageSize,
  open: positiveInteger(),
  license: positiveInteger(),
});
export type LicenseSearch = ReturnType<typeof validateLicenseSearch>;
export type LicenseUrlFilters = SearchPatch<LicenseSearch>;

const sortOf = <Column extends string>(columns: readonly Column[], sort: string | undefined) =>
  columns.includes(sort as Column) ? (sort as Column) : undefined;

/**
 * The tabs' filters: the URL's, or the defaults. Without `assigned`, a member whose default
 * view is "mine" sees their own licenses; `all` shows everything.
 */
export function parseLicenseFilters(
  search: LicenseSearch,
  defaultView: InventoryView = 'organization',
) {
  const tab = search.tab ?? 'products';
  return {
    tab,
    q: search.q ?? '',
    assigned: search.assigned ?? (defaultView === 'mine' ? 'me' : 'all'),
    scope: search.scope ?? 'entitlementId',
    dateField: search.dateField ?? 'orderDate',
    from: search.from,
    to: search.to,
    productSort: sortOf<ProductSortColumn>(PRODUCT_SORT_COLUMNS, search.sort) ?? 'name',
    entitlementSort:
      sortOf<EntitlementSortColumn>(ENTITLEMENT_SORT_COLUMNS, search.sort) ?? 'orderDate',
    keySort: sortOf<LicenseKeySortColumn>(LICENSE_KEY_SORT_COLUMNS, search.sort) ?? 'addedAt',
    status: search.status,
    productId: search.product,
    expiringWithinDays: search.expiring,
    direction: search.direction ?? (tab === 'products' ? 'asc' : 'desc'),
    size: search.size ?? DEFAULT_PAGE_SIZE,
    open: search.open,
    feature: search.feature,
    license: search.license,
  };
}

export type LicenseFilters = ReturnType<typeof parseLicenseFilters>;
export interface TabProps {
  filters: LicenseFilters;
  onFiltersChange: (patch: LicenseUrlFilters) => void;
}
