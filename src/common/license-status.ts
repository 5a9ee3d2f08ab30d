export const STORED_LICENSE_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type StoredLicenseStatus = (typeof STORED_LICENSE_STATUSES)[number];
export const LICENSE_STATUSES = [
  'active',
  'expiring_soon',
  'expired',
  'suspended',
  'revoked',
] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

export const EXPIRING_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/** Suspended/revoked win; then expired if past expiry; then expiring soon within 30 days; else active. */
export function effectiveLicenseStatus(
  stored: StoredLicenseStatus,
  expiresAt: string | null,
  now: Date,
): LicenseStatus {
  if (stored !== 'active') return stored;
  if (expiresAt === null) return 'active';
  const remaining = Date.parse(expiresAt) - now.getTime();
  if (remaining <= 0) return 'expired';
  if (remaining <= EXPIRING_SOON_DAYS * DAY_MS) return 'expiring_soon';
  return 'active';
}

export function expiringSoonCutoff(now: Date): string {
  return new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS).toISOString();
}

export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = {
  active: 'Active',
  expiring_soon: 'Expiring soon',
  expired: 'Expired',
  suspended: 'Suspended',
  revoked: 'Revoked',
};

/**
 * An entitlement ends when its last license does, and never when one of its licenses never
 * expires: the licenses' expiries are the only ones that take effect (decision 074).
 */
export function entitlementExpiry(licenseExpiries: readonly (string | null)[]): string | null {
  if (licenseExpiries.length === 0 || licenseExpiries.includes(null)) return null;
  return (licenseExpiries as string[]).reduce((latest, expiry) =>
    Date.parse(expiry) > Date.parse(latest) ? expiry : latest,
  );
}

/**
 * Whether seats of the license can be activated now: suspended, revoked and expired licenses'
 * seats are not free, so they count in no "Unactivated" figure (docs/kpi-definitions.md).
 */
export function canActivateSeats(status: LicenseStatus): boolean {
  return status === 'active' || status === 'expiring_soon';
}
