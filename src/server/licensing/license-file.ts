import type { GrantedFeature } from '../../common/license-features.js';
import type { AppContext } from '../context.js';
import { signerFor, type SignedDocument } from '../crypto/signing.js';
import type { BoundActivation, KeyRef, LicenseRecord } from './queries.js';
import { refusal } from './refusal.js';
import { validateLicense } from './validate-license.js';

export const LICENSE_FILE_FORMAT = 'license-file/1';
export const DEFAULT_OFFLINE_DAYS = 30;
const DAY_MS = 86_400_000;

/** What a license file states; the software trusts it offline once its signature verifies. */
export interface LicenseFileDocument {
  license: {
    id: number;
    entitlement: string;
    organization: string;
    seats: number;
    status: string;
    expiresAt: string | null;
  };
  /**
   * What the license unlocks, signed with the rest: the software enables a feature only while
   * it is listed and before its `expiresAt`, and enforces limits itself.
   */
  features: GrantedFeature[];
  product: { code: string; name: string };
  activation: { id: number; kind: string; identifier: string; quantity: number };
  issuedAt: string;
  /** The software must not trust the file after this instant (never later than the license's expiry). */
  validUntil: string;
  /** The nonce of the offline activation request this file answers. */
  requestNonce?: string;
}

/** The file's expiry: `days` from now, but never past the license's. */
export function licenseFileValidUntil(
  license: Pick<LicenseRecord, 'expires_at'>,
  now: Date,
  days: number,
): Date {
  const until = new Date(now.getTime() + days * DAY_MS);
  return license.expires_at !== null && Date.parse(license.expires_at) < until.getTime()
    ? new Date(license.expires_at)
    : until;
}

export function signLicenseFile(
  ctx: AppContext,
  license: LicenseRecord,
  activation: Pick<BoundActivation, 'id' | 'kind' | 'identifier' | 'quantity'>,
  features: GrantedFeature[],
  validity: { issuedAt: Date; validUntil: Date; requestNonce?: string },
): SignedDocument {
  const document: LicenseFileDocument = {
    license: {
      id: license.id,
      entitlement: license.entitlement_public_id,
      organization: license.organization_name,
      seats: license.seats,
      status: license.status,
      expiresAt: license.expires_at,
    },
    features,
    product: { code: license.product_code, name: license.product_name },
    activation: {
      id: activation.id,
      kind: activation.kind,
      identifier: activation.identifier,
      quantity: activation.quantity,
    },
    issuedAt: validity.issuedAt.toISOString(),
    validUntil: validity.validUntil.toISOString(),
    ...(validity.requestNonce === undefined ? {} : { requestNonce: validity.requestNonce }),
  };
  return signerFor(ctx.secrets).signDocument(LICENSE_FILE_FORMAT, document);
}

/** A license file for an activation that validates now; refused with the failing check's code otherwise. */
export async function issueLicenseFile(
  ctx: AppContext,
  request: { license: KeyRef; identifier: string; product?: string; validForDays?: number },
): Promise<SignedDocument> {
  const { evaluation, license, activation, features } = await validateLicense(ctx, request);
  if (!evaluation.valid) throw refusal(evaluation.code);
  const now = ctx.now();
  const validUntil = licenseFileValidUntil(
    license!,
    now,
    request.validForDays ?? DEFAULT_OFFLINE_DAYS,
  );
  return signLicenseFile(ctx, license!, activation!, features, { issuedAt: now, validUntil });
}
