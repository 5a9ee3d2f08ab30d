import type { InventoryView } from '../../../common/assignments-api';
import type { LicenseKeyListQuery } from '../../../common/license-keys-schema';
import type { EntitlementListQuery, LicenseProductListQuery } from '../../../common/licenses-api';
import { requestEarly } from '../../api/client';
import { entitlementsPath } from './api/license-entitlements';
import { licenseKeysPath } from './api/license-keys';
import { licenseProductsPath } from './api/license-products';
import { parseLicenseFilters, type LicenseFilters, type LicenseSearch } from './license-filters';

// Each tab's list query for its filters: one page (the first without `cursor`).

export const productsQueryOf = (
  { q, assigned, productSort, direction, size }: LicenseFilters,
  cursor?: string,
): LicenseProductListQuery => ({
  q: q || undefined,
  assigned: assigned === 'all' ? undefined : assigned,
  sort: productSort,
  direction,
  cursor,
  limit: size,
});

export const entitlementsQueryOf = (
  {
    q,
    scope,
    assigned,
    dateField,
    from,
    to,
    feature,
    entitlementSort,
    direction,
    size,
  }: LicenseFilters,
  cursor?: string,
): EntitlementListQuery => ({
  scope: q ? scope : undefined,
  q: q || undefined,
  assigned: assigned === 'all' ? undefined : assigned,
  dateField: from || to ? dateField : undefined,
  from,
  to,
  feature,
  sort: entitlementSort,
  direction,
  cursor,
  limit: size,
});

export const keysQueryOf = (
  {
    status,
    productId,
    feature,
    expiringWithinDays,
    assigned,
    q,
    keySort,
    direction,
    size,
  }: LicenseFilters,
  cursor?: string,
): LicenseKeyListQuery => ({
  status,
  productId,
  featureId: feature,
  expiringWithinDays,
  assigned: assigned === 'all' ? undefined : assigned,
  q: q || undefined,
  sort: keySort,
  direction,
  cursor,
  limit: size,
});

/**
 * Requests the open tab's first page with the page's code (the My Licenses route's beforeLoad,
 * decision 154); `defaultView` is the member's, from the session.
 */
export function requestLicensesPage(search: LicenseSearch, defaultView: InventoryView): void {
  const filters = parseLicenseFilters(search, defaultView);
  if (filters.tab === 'products') requestEarly(licenseProductsPath(productsQueryOf(filters)));
  else if (filters.tab === 'entitlements')
    requestEarly(entitlementsPath(entitlementsQueryOf(filters)));
  else requestEarly(licenseKeysPath(keysQueryOf(filters)));
}
