import type { ActivationKind } from '../../common/activation-kinds.js';
import type { AppContext } from '../context.js';
import type { SignedDocument } from '../crypto/signing.js';
import { inTransaction } from '../db/transaction.js';
import { activateSeat } from './activate-seat.js';
import type { SeatActor } from './activation-audit.js';
import { featuresOfLicense } from './feature-grant-queries.js';
import { recordHeartbeat } from './heartbeat.js';
import { DEFAULT_OFFLINE_DAYS, licenseFileValidUntil, signLicenseFile } from './license-file.js';

/** What an air-gapped machine's request file asks for; the /v1 adapter's schema validates it. */
export interface OfflineActivationRequest {
  key: string;
  product: string;
  identifier: string;
  kind?: ActivationKind;
  nonce: string;
  name?: string;
  hostname?: string;
  platform?: string;
}

/**
 * Turns an air-gapped machine's request file into a signed response file (a license file
 * echoing the request's nonce) and activates the machine. On a heartbeat product the
 * activation holds its seat until the file expires, as no heartbeat can come.
 */
export function activateOffline(
  ctx: AppContext,
  request: OfflineActivationRequest,
  options: {
    actor: SeatActor;
    organizationId?: number;
    projectName?: string | null;
    projectManager?: string | null;
  },
): Promise<SignedDocument> {
  return inTransaction(ctx.db, async (trx) => {
    const seat = await activateSeat(
      ctx,
      {
        license: {
          keyHash: ctx.licenseKeys.lookupHash(request.key),
          organizationId: options.organizationId,
        },
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
      await recordHeartbeat(
        ctx,
        { target: { activationId: seat.activation.id }, until: validUntil },
        trx,
      );
    }
    const features = await featuresOfLicense(trx, seat.license.organization_id, seat.license.id);
    return signLicenseFile(ctx, seat.license, seat.activation, features, {
      issuedAt: now,
      validUntil,
      requestNonce: request.nonce,
    });
  });
}
