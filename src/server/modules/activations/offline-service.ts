import { renderSVG } from 'uqr';
import type { OfflineActivationResult } from '../../../common/activations-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import {
  activateOffline,
  type LicenseFileDocument,
  type OfflineActivationRequest,
} from '../../licensing/public-api.js';

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

/**
 * An Admin activates an air-gapped machine from the request file it wrote: the same path as
 * the software's `/v1/offline-activations`, limited to the member's organization (another
 * organization's key is "not found") and recorded with the member as actor.
 */
export async function activateOfflineFromPortal(
  ctx: AppContext,
  actor: Actor,
  input: { requestFile: OfflineActivationRequest; projectName?: string; projectManager?: string },
  ip: string | null,
): Promise<OfflineActivationResult> {
  const responseFile = await activateOffline(ctx, input.requestFile, {
    actor: { userId: actor.userId, label: actor.label, ip },
    organizationId: actor.organizationId,
    projectName: input.projectName?.trim() || null,
    projectManager: input.projectManager?.trim() || null,
  });
  const document = JSON.parse(
    Buffer.from(responseFile.document, 'base64').toString('utf8'),
  ) as LicenseFileDocument;
  return {
    responseFile,
    fileName: `${fileSafe(document.product.code)}-${fileSafe(document.activation.identifier)}-offline-response.json`,
    qrSvg: renderSVG(JSON.stringify(responseFile), { border: 2 }),
    licenseFile: {
      product: document.product,
      entitlement: document.license.entitlement,
      seats: document.license.seats,
      activation: document.activation,
      issuedAt: document.issuedAt,
      validUntil: document.validUntil,
    },
  };
}
