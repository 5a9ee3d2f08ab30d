import type { Static } from 'typebox';
import type { AppContext } from '../../context.js';
import type { SignedDocument } from '../../crypto/signing.js';
import { presentGrant } from '../features/present.js';
import { grantsOfLicense } from '../features/queries.js';
import { activateSeat } from '../seat-engine/activate-seat.js';
import type { SeatActor } from '../seat-engine/activation-audit.js';
import { recordHeartbeat } from '../seat-engine/heartbeat.js';
import { DEFAULT_OFFLINE_DAYS, licenseFileValidUntil, signLicenseFile } from './license-file.js';
import type { OfflineRequestFile } from './schemas.js';

export type OfflineActivationRequest = Static<typeof OfflineRequestFile>;

/**
 * Turns an air-gapped machine's request file into a signed response file (a license file
 * echoing the request's nonce) and activates the machine. On a heartbeat product the
 * activation holds its seat until the file expires, as no heartbeat can come.
 */
export function activateOffline(
  ctx: AppContext,
  request: OfflineActivationRequest,
  options: { actor: SeatActor; organizationId?: number; projectName?: string | null; projectManager?: string | null },
): Promise<SignedDocument> {
  return ctx.db.transaction().execute(async (trx) => {
    const seat = await activateSeat(
      ctx,
      {
        license: { keyHash: ctx.licenseKeys.lookupHash(request.key), organizationId: options.organizationId },
        productCode: request.product,
        kind: request.kind,
        identifier: request.identifier,
        name: request.name,
        hostname: request.hostname,
        platform: request.platform,
        projectName: options.projectName,
        projectManager: options.projectManager,
        actor: options.actor,
      },
      trx,
    );
    const now = ctx.now();
    const validUntil = licenseFileValidUntil(seat.license, now, DEFAULT_OFFLINE_DAYS);
    if (seat.license.heartbeat_interval_seconds !== null) {
      await recordHeartbeat(ctx, { target: { activationId: seat.activation.id }, until: validUntil }, trx);
    }
    const features = (await grantsOfLicense(trx, seat.license.organization_id, seat.license.id)).map(presentGrant);
    return signLicenseFile(ctx, seat.license, seat.activation, features, { issuedAt: now, validUntil, requestNonce: request.nonce });
  });
}
