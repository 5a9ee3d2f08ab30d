import { evaluateLicense, VALIDATION_TEXT, type LicenseEvaluation } from '../../../common/license-validation.js';
import type { AppContext } from '../../context.js';
import { normalizeIdentifier } from '../seat-engine/identifiers.js';
import { licenseFacts } from '../seat-engine/license-facts.js';
import { heartbeatState } from '../seat-engine/liveness.js';
import { findLicense, findOpenActivation, liveSeatsOfLicense, type ActivationRecord, type LicenseRecord, type LicenseRef } from '../seat-engine/queries.js';

export interface LicenseValidation {
  evaluation: LicenseEvaluation;
  license: LicenseRecord | null;
  liveSeats: number;
  activation: ActivationRecord | null;
}

/**
 * Runs the ordered checks of src/common/license-validation.ts for a license, optionally
 * scoped to an identifier and a product. The portal's diagnostics call it with a license id.
 */
export async function validateLicense(
  ctx: AppContext,
  request: { license: LicenseRef; identifier?: string; product?: string },
): Promise<LicenseValidation> {
  const license = await findLicense(ctx.db, request.license);
  if (!license) return { evaluation: evaluateLicense(null), license: null, liveSeats: 0, activation: null };
  const now = ctx.now();
  const kind = license.activation_kind;
  const [liveSeats, activation] = await Promise.all([
    liveSeatsOfLicense(ctx.db, license.id, now.toISOString()),
    request.identifier === undefined ? undefined : findOpenActivation(ctx.db, license.id, kind, normalizeIdentifier(kind, request.identifier)),
  ]);
  const binding =
    request.identifier === undefined
      ? null
      : { activated: activation !== undefined, heartbeat: activation ? heartbeatState(activation, license.heartbeat_interval_seconds, now) : ('not_required' as const) };
  const evaluation = evaluateLicense(licenseFacts(license, now, { productCode: request.product, liveSeats, binding }));
  return { evaluation, license, liveSeats, activation: activation ?? null };
}

export function explain(evaluation: LicenseEvaluation) {
  const text = VALIDATION_TEXT[evaluation.code];
  return { valid: evaluation.valid, code: evaluation.code, message: text.explanation, remedy: text.remedy, checks: evaluation.checks };
}
