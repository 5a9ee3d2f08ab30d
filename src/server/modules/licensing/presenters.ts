import type { GrantedFeature } from '../../../common/license-features.js';
import { effectiveLicenseStatus } from '../../../common/license-status.js';
import type { BoundActivation, LicenseRecord } from '../../licensing/public-api.js';

/** The license as the software sees it; validate answers also list its features. */
export function presentLicense(
  license: LicenseRecord,
  liveSeats: number,
  now: Date,
  features?: GrantedFeature[],
) {
  return {
    id: license.id,
    product: { code: license.product_code, name: license.product_name },
    entitlement: license.entitlement_public_id,
    status: effectiveLicenseStatus(license.status, license.expires_at, now),
    seats: license.seats,
    liveSeats,
    expiresAt: license.expires_at,
    heartbeatIntervalSeconds: license.heartbeat_interval_seconds,
    ...(features && { features }),
  };
}

export function presentActivation(activation: BoundActivation) {
  return {
    id: activation.id,
    kind: activation.kind,
    identifier: activation.identifier,
    name: activation.name,
    hostname: activation.hostname,
    platform: activation.platform,
    quantity: activation.quantity,
    activatedAt: activation.activated_at,
    lastHeartbeatAt: activation.last_heartbeat_at,
    heartbeatDeadline: activation.heartbeat_deadline,
    deactivatedAt: activation.deactivated_at,
  };
}
