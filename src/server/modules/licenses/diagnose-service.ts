import { VALIDATION_TEXT } from '../../../common/license-validation.js';
import type { DiagnoseLicenseInput, LicenseDiagnosis } from '../../../common/licenses-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { explain, validateLicense } from '../licensing/validate-license.js';

/** Runs the software's own validation for a pasted key, within the member's organization (others' keys are "not found"). */
export async function diagnoseLicense(ctx: AppContext, actor: Actor, input: DiagnoseLicenseInput): Promise<LicenseDiagnosis> {
  const identifier = input.identifier?.trim() || undefined;
  const { evaluation, license, liveSeats } = await validateLicense(ctx, {
    license: { keyHash: ctx.licenseKeys.lookupHash(input.key), organizationId: actor.organizationId },
    identifier,
  });
  const verdict = explain(evaluation);
  return {
    valid: verdict.valid,
    code: verdict.code,
    message: verdict.message,
    remedy: verdict.remedy,
    license: license
      ? { licenseId: license.id, productName: license.product_name, entitlementPublicId: license.entitlement_public_id, seats: license.seats, liveSeats }
      : null,
    steps: evaluation.checks.map(({ code, outcome }) => ({
      code,
      check: VALIDATION_TEXT[code].check,
      outcome,
      explanation: outcome === 'failed' ? VALIDATION_TEXT[code].explanation : null,
      remedy: outcome === 'failed' ? VALIDATION_TEXT[code].remedy : null,
    })),
  };
}
