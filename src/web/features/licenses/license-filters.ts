import {
  ENTITLEMENT_DATE_FIELDS,
  ENTITLEMENT_SEARCH_SCOPES,
  ENTITLEMENT_SORT_COLUMNS,
  PRODUCT_SORT_COLUMNS,
  type EntitlementDateField,
  type EntitlementSearchScope,
  type EntitlementSortColumn,
  type ProductSortColumn,
} from '../../../common/licenses-api';
import {
  LICENSE_KEY_SORT_COLUMNS,
  LICENSE_KEY_STATUS_FILTERS,
  MAX_EXPIRING_WITHIN_DAYS,
  type LicenseKeySortColumn,
  type LicenseKeyStatusFilter,
} from '../../../common/license-keys-api';
import { ASSIGNEE_FILTER_PATTERN, type InventoryView } from '../../../common/assignments-api';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, type SortDirection } from '../../../common/page';
import type { UrlFilters } from '../../components/use-url-filters';

/**
 * The URL search parameters of My Licenses; `open` is the id of the row whose panel is open,
 * `license` the license whose card that entitlement panel shows expanded.
 */
export const LICENSE_URL_KEYS = [
  'tab',
  'q',
  'assigned',
  'scope',
  'dateField',
  'from',
  'to',
  'status',
  'product',
  'expiring',
  'feature',
  'sort',
  'direction',
  'size',
  'open',
  'license',
] as const;
export const LICENSE_TABS = ['products', 'entitlements', 'keys'] as const;
export type LicenseTab = (typeof LICENSE_TABS)[number];
export type LicenseUrlFilters = UrlFilters<(typeof LICENSE_URL_KEYS)[number]>;

const oneOf = <T extends string>(
  options: readonly T[],
  value: string | undefined,
): T | undefined => (options.includes(value as T) ? (value as T) : undefined);
const isDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/**
 * The URL's filters, with anything unknown ignored (a hand-edited link never breaks the page).
 * Without `assigned`, a member whose default view is "mine" sees their own licenses; `all` shows everything.
 */
export function parseLicenseFilters(
  url: LicenseUrlFilters,
  defaultView: InventoryView = 'organization',
) {
  const size = Number(url.size);
  const open = Number(url.open);
  const feature = Number(url.feature);
  const license = Number(url.license);
  const product = Number(url.product);
  const expiring = Number(url.expiring);
  const tab = oneOf<LicenseTab>(LICENSE_TABS, url.tab) ?? 'products';
  return {
    tab,
    q: url.q ?? '',
    assigned:
      url.assigned && new RegExp(ASSIGNEE_FILTER_PATTERN).test(url.assigned)
        ? url.assigned
        : defaultView === 'mine' && !url.assigned
          ? 'me'
          : 'all',
    scope: oneOf<EntitlementSearchScope>(ENTITLEMENT_SEARCH_SCOPES, url.scope) ?? 'entitlementId',
    dateField: oneOf<EntitlementDateField>(ENTITLEMENT_DATE_FIELDS, url.dateField) ?? 'orderDate',
    from: isDay(url.from),
    to: isDay(url.to),
    productSort: oneOf<ProductSortColumn>(PRODUCT_SORT_COLUMNS, url.sort) ?? 'name',
    entitlementSort:
      oneOf<EntitlementSortColumn>(ENTITLEMENT_SORT_COLUMNS, url.sort) ?? 'orderDate',
    keySort: oneOf<LicenseKeySortColumn>(LICENSE_KEY_SORT_COLUMNS, url.sort) ?? 'addedAt',
    status: oneOf<LicenseKeyStatusFilter>(LICENSE_KEY_STATUS_FILTERS, url.status),
    productId: Number.isInteger(product) && product > 0 ? product : undefined,
    expiringWithinDays:
      Number.isInteger(expiring) && expiring > 0 && expiring <= MAX_EXPIRING_WITHIN_DAYS
        ? expiring
        : undefined,
    direction:
      oneOf<SortDirection>(['asc', 'desc'], url.direction) ?? (tab === 'products' ? 'asc' : 'desc'),
    size: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    open: Number.isInteger(open) && open > 0 ? open : undefined,
    /** "Licenses with feature X": a product feature's id. */
    feature: Number.isInteger(feature) && feature > 0 ? feature : undefined,
    license: Number.isInteger(license) && license > 0 ? license : undefined,
  };
}

export type LicenseFilters = ReturnType<typeof parseLicenseFilters>;
export interface TabProps {
  filters: LicenseFilters;
  onFiltersChange: (patch: LicenseUrlFilters) => void;
}
