/**
 * The License Keys list (My Licenses, third tab): every license the organization holds,
 * one row per key. Plain values the web app may import; the TypeBox shapes are in
 * license-keys-schema.ts. A new column or filter is one entry here and one in the schema.
 */

/** Sortable columns; each reads an index of `licenses` (migration 013). */
export const LICENSE_KEY_SORT_COLUMNS = ['addedAt', 'expiresAt', 'product'] as const;
export type LicenseKeySortColumn = (typeof LICENSE_KEY_SORT_COLUMNS)[number];

/**
 * The status filter. "Active" is the Dashboard's Active Licenses: not suspended, revoked or
 * expired (so it includes licenses expiring soon, which the "expiring within" filter isolates).
 */
export const LICENSE_KEY_STATUS_FILTERS = ['active', 'expired', 'suspended', 'revoked'] as const;
export type LicenseKeyStatusFilter = (typeof LICENSE_KEY_STATUS_FILTERS)[number];

export const LICENSE_KEY_STATUS_FILTER_LABELS: Record<LicenseKeyStatusFilter, string> = {
  active: 'Active (valid)',
  expired: 'Expired',
  suspended: 'Suspended',
  revoked: 'Revoked',
};

/** The choices the "Expiring within" filter offers; the API takes any number of days up to MAX_EXPIRING_WITHIN_DAYS. */
export const EXPIRING_WITHIN_OPTIONS = [7, 30, 60, 90, 365] as const;
export const MAX_EXPIRING_WITHIN_DAYS = 3650;
