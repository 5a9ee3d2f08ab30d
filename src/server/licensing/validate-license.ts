import { evaluateLicense, VALIDATION_TEXT, type LicenseEvaluation, type LicenseFacts } from '../../common/license-validation.js';
import type { AppContext } from '../context.js';
import { identifierForm, normalizeIdentifier } from './identifiers.js';
import { licenseFacts } from './license-facts.js';
import { heartbeatState } from './liveness.js';
import { findLicenseWithBinding, type BoundActivation, type KeyRef, type LicenseRecord } from './queries.js';

export interface LicenseValidation {
  evaluation: LicenseEvaluation;
  license: LicenseRecord | null;
  liveSeats: number;
  activation: BoundActivation | null;
}

/**
 * Runs the ordered checks of src/common/license-validation.ts for a key, optionally scoped to
 * an identifier and a product. The portal's diagnostics scope the key to the member's organization.
 */
export async function validateLicense(
  ctx: AppContext,
  request: { license: KeyRef; identifier?: string; product?: string },
): Promise<LicenseValidation> {
  const now = ctx.now();
  const { identifier } = request;
  // Machines and serials share a stored form; domains have their own.
  const forms = identifier === undefined ? undefined : { domainForm: identifierForm('domain', identifier), otherForm: identifierForm('machine', identifier) };
  const found = await findLicenseWithBinding(ctx.db, request.license, now.toISOString(), forms);
  if (!found) return { evaluation: evaluateLicense(null), license: null, liveSeats: 0, activation: null };
  const { license, liveSeats, activation } = found;
  let binding: LicenseFacts['binding'] = null;
  if (identifier !== undefined) {
    // Refuses an identifier its product's kind cannot hold (400), as activation does.
    normalizeIdentifier(license.activation_kind, identifier);
    binding = { activated: activation !== null, heartbeat: activation ? heartbeatState(activation, license.heartbeat_interval_seconds, now) : 'not_required' };
  }
  const evaluation = evaluateLicense(licenseFacts(license, now, { productCode: request.product, liveSeats, binding }));
  return { evaluation, license, liveSeats, activation };
}

export function explain(evaluation: LicenseEvaluation) {
  const text = VALIDATION_TEXT[evaluation.code];
  return { valid: evaluation.valid, code: evaluation.code, message: text.explanation, remedy: text.remedy, checks: evaluation.checks };
}
