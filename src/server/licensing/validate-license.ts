import {
  featureRefusalText,
  featureState,
  type GrantedFeature,
  type RefusedFeature,
} from '../../common/license-features.js';
import {
  evaluateLicense,
  VALIDATION_TEXT,
  type LicenseEvaluation,
  type LicenseFacts,
} from '../../common/license-validation.js';
import type { AppContext } from '../context.js';
import { declaredFeatures } from './feature-grant-queries.js';
import { identifierForm, normalizeIdentifier } from './identifiers.js';
import { licenseFacts } from './license-facts.js';
import { heartbeatState } from './liveness.js';
import {
  findLicenseWithBinding,
  type BoundActivation,
  type KeyRef,
  type LicenseRecord,
} from './queries.js';

export interface LicenseValidation {
  evaluation: LicenseEvaluation;
  license: LicenseRecord | null;
  liveSeats: number;
  activation: BoundActivation | null;
  /** Every feature the license grants, ended ones too. */
  features: GrantedFeature[];
  /** The requested features behind a FEATURE_* verdict. */
  refusedFeatures: RefusedFeature[];
}

/**
 * Runs the ordered checks of src/common/license-validation.ts for a key, optionally scoped to
 * an identifier, a product and features. The portal's diagnostics scope the key to the member's organization.
 */
export async function validateLicense(
  ctx: AppContext,
  request: { license: KeyRef; identifier?: string; product?: string; features?: string[] },
): Promise<LicenseValidation> {
  const now = ctx.now();
  const { identifier } = request;
  // Machines and serials share a stored form; domains have their own.
  const forms =
    identifier === undefined
      ? undefined
      : {
          domainForm: identifierForm('domain', identifier),
          otherForm: identifierForm('machine', identifier),
        };
  const found = await findLicenseWithBinding(ctx.db, request.license, now.toISOString(), forms);
  if (!found)
    return {
      evaluation: evaluateLicense(null),
      license: null,
      liveSeats: 0,
      activation: null,
      features: [],
      refusedFeatures: [],
    };
  const { license, liveSeats, activation, features } = found;
  let binding: LicenseFacts['binding'] = null;
  if (identifier !== undefined) {
    // Refuses an identifier its product's kind cannot hold (400), as activation does.
    normalizeIdentifier(license.activation_kind, identifier);
    binding = {
      activated: activation !== null,
      heartbeat: activation
        ? heartbeatState(activation, license.heartbeat_interval_seconds, now)
        : 'not_required',
    };
  }
  const requestedFeatures = [...new Set(request.features ?? [])].map((code) => {
    const grant = features.find((feature) => feature.code === code);
    return {
      code,
      grant: !grant
        ? ('not_granted' as const)
        : featureState(grant.expiresAt, now) === 'ended'
          ? ('ended' as const)
          : ('granted' as const),
    };
  });
  const evaluation = evaluateLicense(
    licenseFacts(license, now, {
      productCode: request.product,
      liveSeats,
      binding,
      requestedFeatures,
    }),
  );
  return {
    evaluation,
    license,
    liveSeats,
    activation,
    features,
    refusedFeatures: await refusedFeaturesOf(ctx, license, evaluation, requestedFeatures, features),
  };
}

async function refusedFeaturesOf(
  ctx: AppContext,
  license: LicenseRecord,
  evaluation: LicenseEvaluation,
  requested: NonNullable<LicenseFacts['requestedFeatures']>,
  features: GrantedFeature[],
): Promise<RefusedFeature[]> {
  if (evaluation.code === 'FEATURE_EXPIRED') {
    return features
      .filter((f) => requested.some((r) => r.grant === 'ended' && r.code === f.code))
      .map(({ code, name, expiresAt }) => ({ code, name, expiresAt }));
  }
  if (evaluation.code !== 'FEATURE_NOT_ENTITLED') return [];
  const missing = requested.filter((r) => r.grant === 'not_granted').map((r) => r.code);
  const declared = await declaredFeatures(ctx.db, license.product_id, missing);
  return missing.map((code) => ({
    code,
    name: declared.find((d) => d.code === code)?.name ?? null,
    expiresAt: null,
  }));
}

/** The verdict in words; a feature refusal names the features, the entitlement and its sales order, with dates in `timeZone`. */
export function explain(
  validation: Pick<LicenseValidation, 'evaluation' | 'license' | 'refusedFeatures'>,
  timeZone = 'UTC',
) {
  const { evaluation, license } = validation;
  let { explanation: message, remedy } = VALIDATION_TEXT[evaluation.code];
  if (
    license &&
    (evaluation.code === 'FEATURE_NOT_ENTITLED' || evaluation.code === 'FEATURE_EXPIRED')
  ) {
    const labels = {
      entitlement: license.entitlement_public_id,
      salesOrder: license.sales_order,
      productName: license.product_name,
    };
    ({ message, remedy } = featureRefusalText(
      evaluation.code,
      labels,
      validation.refusedFeatures,
      timeZone,
    ));
  }
  return {
    valid: evaluation.valid,
    code: evaluation.code,
    message,
    remedy,
    checks: evaluation.checks,
  };
}
