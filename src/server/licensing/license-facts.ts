import type { LicenseFacts } from '../../common/license-validation.js';
import { effectiveLicenseStatus } from '../../common/license-status.js';
import type { LicenseRecord } from './queries.js';

/** What validation and activation check about a license, with the request's own parts. */
export function licenseFacts(
  license: LicenseRecord,
  now: Date,
  request: {
    productCode?: string;
    liveSeats: number;
    binding?: LicenseFacts['binding'];
    seatsAssignedTo?: string | null;
    requestedFeatures?: LicenseFacts['requestedFeatures'];
  },
): LicenseFacts {
  return {
    productMatches:
      request.productCode === undefined ||
      request.productCode.trim().toUpperCase() === license.product_code.toUpperCase(),
    status: license.status,
    expired: effectiveLicenseStatus('active', license.expires_at, now) === 'expired',
    seats: license.seats,
    liveSeats: request.liveSeats,
    identifierRequired: license.identifier_required === 1,
    binding: request.binding ?? null,
    seatsAssignedTo: request.seatsAssignedTo ?? null,
    requestedFeatures: request.requestedFeatures,
  };
}
