import { VALIDATION_TEXT } from '../../../common/license-validation.js';
import type { DiagnoseLicenseInput, LicenseDiagnosis } from '../../../common/licenses-api.js';
import { can, type Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import {
  explain,
  placeOf,
  validateLicense,
  type LicenseValidation,
} from '../../licensing/public-api.js';
import { stalestLiveActivation } from './stalest-activation-queries.js';

/** Verdicts that one more free seat can turn: too many seats held, or this identifier cannot be activated for lack of one. */
const SEAT_BOUND = new Set(['SEATS_EXHAUSTED', 'NOT_ACTIVATED', 'HEARTBEAT_DEAD']);

/** Runs the software's own validation for a pasted key, within the member's organization (others' keys are "not found"). */
export async function diagnoseLicense(
  ctx: AppContext,
  actor: Actor,
  input: DiagnoseLicenseInput,
  timeZone: string,
): Promise<LicenseDiagnosis> {
  const identifier = input.identifier?.trim() || undefined;
  const validation = await validateLicense(ctx, {
    license: {
      keyHash: ctx.licenseKeys.lookupHash(input.key),
      organizationId: actor.organizationId,
    },
    identifier,
    features: input.features,
  });
  const { evaluation, license, liveSeats } = validation;
  const verdict = explain(validation, timeZone);
  return {
    valid: verdict.valid,
    code: verdict.code,
    message: verdict.message,
    remedy: verdict.remedy,
    license: license
      ? {
          licenseId: license.id,
          productName: license.product_name,
          entitlementPublicId: license.entitlement_public_id,
          salesOrder: license.sales_order,
          seats: license.seats,
          liveSeats,
        }
      : null,
    refusedFeatures: validation.refusedFeatures,
    steps: evaluation.checks.map(({ code, outcome }) => ({
      code,
      check: VALIDATION_TEXT[code].check,
      outcome,
      // The failed step says what the verdict says: for a feature, which one and until when.
      explanation: outcome === 'failed' ? verdict.message : null,
      remedy: outcome === 'failed' ? verdict.remedy : null,
    })),
    fix: can(actor, 'activations.deactivate') ? await seatFreeingFix(ctx, validation) : null,
  };
}

async function seatFreeingFix(
  ctx: AppContext,
  { evaluation, license, liveSeats, activation }: LicenseValidation,
): Promise<LicenseDiagnosis['fix']> {
  if (!license || !SEAT_BOUND.has(evaluation.code) || liveSeats < license.seats) return null;
  const stalest = await stalestLiveActivation(
    ctx.db,
    license.id,
    ctx.now().toISOString(),
    activation?.id ?? null,
  );
  return stalest
    ? {
        activationId: stalest.id,
        place: placeOf(stalest),
        quantity: stalest.quantity,
        lastSeenAt: stalest.last_seen_at,
      }
    : null;
}
