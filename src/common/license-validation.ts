import type { StoredLicenseStatus } from './license-status.js';

/**
 * What the licensing API answers when software validates a key, and what the portal's
 * diagnostics page shows. Checks run in the order of LICENSE_CHECKS; the first that fails
 * decides the code. Seat activation refuses with the same codes, from the same list.
 */
export const LICENSE_CHECK_CODES = [
  'NOT_FOUND',
  'PRODUCT_MISMATCH',
  'REVOKED',
  'SUSPENDED',
  'EXPIRED',
  'FINGERPRINT_REQUIRED',
  'NOT_ACTIVATED',
  'HEARTBEAT_DEAD',
  'HEARTBEAT_NOT_STARTED',
  'SEATS_EXHAUSTED',
  'SEAT_ASSIGNED',
  'FEATURE_NOT_ENTITLED',
  'FEATURE_EXPIRED',
] as const;

export type LicenseCheckCode = (typeof LICENSE_CHECK_CODES)[number];
export const VALIDATION_CODES = ['VALID', ...LICENSE_CHECK_CODES] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** How an activation's heartbeat stands; `not_required` for products without heartbeat. */
export type HeartbeatState = 'not_required' | 'alive' | 'not_started' | 'dead';

/** What the server knows about a license when it validates; null when the key matches nothing. */
export interface LicenseFacts {
  /** False when the caller named a product other than the license's. */
  productMatches: boolean;
  status: StoredLicenseStatus;
  expired: boolean;
  seats: number;
  /** Seats held by live activations (for an activation: including the one asked for). */
  liveSeats: number;
  /** The product wants validation to name the machine, domain or serial. */
  identifierRequired: boolean;
  /** The named identifier's activation; null when the request named none. */
  binding: { activated: boolean; heartbeat: HeartbeatState } | null;
  /**
   * For a new activation: the assignees whose unused assigned seats it would take (decision 091);
   * absent or null when it takes none.
   */
  seatsAssignedTo?: string | null;
  /** The features the request asked for (`scope.features`) and how the license grants each; absent or empty when none. */
  requestedFeatures?: { code: string; grant: 'granted' | 'not_granted' | 'ended' }[];
}

export interface ValidationText {
  /** What the check makes sure of, as a checklist line. */
  check: string;
  /** What it means when the check fails (for VALID: that all passed). */
  explanation: string;
  /** What to do about it. */
  remedy: string;
}

interface LicenseCheck extends ValidationText {
  code: LicenseCheckCode;
  /** Also decides whether a new activation may take seats (the others are about an existing activation). */
  gatesActivation: boolean;
  /** False when the check does not apply to this request (shown as skipped). */
  applies: (facts: LicenseFacts) => boolean;
  passes: (facts: LicenseFacts) => boolean;
}

const always = () => true;
const activated = (f: LicenseFacts) => f.binding?.activated === true;
const asksForFeatures = (f: LicenseFacts) => (f.requestedFeatures?.length ?? 0) > 0;
const noFeature = (grant: 'not_granted' | 'ended') => (f: LicenseFacts) =>
  !f.requestedFeatures?.some((feature) => feature.grant === grant);

/** The checks, in the order they run. */
export const LICENSE_CHECKS: readonly LicenseCheck[] = [
  {
    code: 'NOT_FOUND',
    gatesActivation: true,
    check: 'The license key exists',
    explanation: 'No license has this key.',
    remedy: 'Check the key for typing errors; copy it from the Licenses page of the portal.',
    applies: always,
    // Facts exist only for a key that was found: evaluateLicense fails this check when they are null.
    passes: always,
  },
  {
    code: 'PRODUCT_MISMATCH',
    gatesActivation: true,
    check: 'The license is for this product',
    explanation: 'The key belongs to a license of another product.',
    remedy:
      'Use the key of a license for this product, or install the product the key was issued for.',
    applies: always,
    passes: (f) => f.productMatches,
  },
  {
    code: 'REVOKED',
    gatesActivation: true,
    check: 'The license is not revoked',
    explanation: 'The vendor has revoked this license; it cannot be used again.',
    remedy: 'Contact the vendor for a new license.',
    applies: always,
    passes: (f) => f.status !== 'revoked',
  },
  {
    code: 'SUSPENDED',
    gatesActivation: true,
    check: 'The license is not suspended',
    explanation: 'The vendor has suspended this license for now.',
    remedy: 'Contact the vendor to have the license reinstated.',
    applies: always,
    passes: (f) => f.status !== 'suspended',
  },
  {
    code: 'EXPIRED',
    gatesActivation: true,
    check: 'The license has not expired',
    explanation: 'The license is past its expiry date.',
    remedy: 'Renew the license with the vendor; the same key works again once it is extended.',
    applies: always,
    passes: (f) => !f.expired,
  },
  {
    code: 'FINGERPRINT_REQUIRED',
    gatesActivation: false,
    check: 'The machine, domain or serial is named',
    explanation:
      'This product validates per activation, and the request named no fingerprint, domain or serial.',
    remedy: 'Send the identifier the software was activated with.',
    applies: always,
    passes: (f) => f.binding !== null || !f.identifierRequired,
  },
  {
    code: 'NOT_ACTIVATED',
    gatesActivation: false,
    check: 'The machine, domain or serial holds an activation',
    explanation: 'This machine, domain or serial holds no activation of the license.',
    remedy: 'Activate it from the software or from the Licenses page of the portal.',
    applies: (f) => f.binding !== null,
    passes: activated,
  },
  {
    code: 'HEARTBEAT_DEAD',
    gatesActivation: false,
    check: 'The activation has sent its heartbeats in time',
    explanation: 'The activation missed its heartbeat and no longer holds a seat.',
    remedy: 'Activate again; keep the software sending heartbeats within the product’s interval.',
    applies: activated,
    passes: (f) => f.binding?.heartbeat !== 'dead',
  },
  {
    code: 'HEARTBEAT_NOT_STARTED',
    gatesActivation: false,
    check: 'The activation has sent its first heartbeat',
    explanation:
      'This product needs heartbeats, and the activation has not sent its first one yet.',
    remedy: 'Send a heartbeat right after activating, then within every heartbeat interval.',
    applies: activated,
    passes: (f) => f.binding?.heartbeat !== 'not_started',
  },
  {
    code: 'SEATS_EXHAUSTED',
    gatesActivation: true,
    check: 'Live activations fit in the license’s seats',
    explanation: 'Live activations would hold more seats than the license has.',
    remedy:
      'Deactivate machines you no longer use on the Activations page, or buy more seats from the vendor.',
    applies: always,
    passes: (f) => f.liveSeats <= f.seats,
  },
  // After the seat count: new activations only (scope.features never applies to them), so it
  // cannot hide a feature refusal; the seat checks stay together (decision 091).
  {
    code: 'SEAT_ASSIGNED',
    gatesActivation: true,
    check: 'The activation takes no seat assigned to someone else',
    explanation: 'The free seats of this license are assigned to other people.',
    remedy:
      'Activate as the assignee (the software sends their email as `user`), or ask an Admin to assign you seats or to let others use assigned seats.',
    applies: always,
    passes: (f) => !f.seatsAssignedTo,
  },
  // Last: a feature is a question about a license that is otherwise valid for this machine.
  {
    code: 'FEATURE_NOT_ENTITLED',
    gatesActivation: false,
    check: 'The license includes the features asked for',
    explanation: 'The license does not include a feature the software asked for.',
    remedy:
      'Ask your reseller or account manager to add the feature to this license; the same key unlocks it.',
    applies: asksForFeatures,
    passes: noFeature('not_granted'),
  },
  {
    code: 'FEATURE_EXPIRED',
    gatesActivation: false,
    check: 'The features asked for have not ended',
    explanation: 'A feature the software asked for has passed its end date.',
    remedy:
      'Ask your reseller or account manager for the renewal; the same key unlocks the feature again once it is extended.',
    applies: asksForFeatures,
    passes: noFeature('ended'),
  },
];

export const VALIDATION_TEXT: Record<ValidationCode, ValidationText> = {
  VALID: {
    check: 'All checks passed',
    explanation: 'The license is valid for this request.',
    remedy: 'Nothing to do.',
  },
  ...(Object.fromEntries(
    LICENSE_CHECKS.map(({ code, check, explanation, remedy }) => [
      code,
      { check, explanation, remedy },
    ]),
  ) as Record<LicenseCheckCode, ValidationText>),
};

export type CheckOutcome = 'passed' | 'failed' | 'skipped';

export type LicenseEvaluation = {
  /** Every check in order: the first failure, those before it passed (or skipped when they do not apply), those after skipped. */
  checks: { code: LicenseCheckCode; outcome: CheckOutcome }[];
} & ({ valid: true; code: 'VALID' } | { valid: false; code: LicenseCheckCode });

/**
 * Runs the checks in order. For `activation`, only those that gate a new activation run,
 * with `liveSeats` counting the seats asked for.
 */
export function evaluateLicense(
  facts: LicenseFacts | null,
  purpose: 'validation' | 'activation' = 'validation',
): LicenseEvaluation {
  let failed: LicenseCheckCode | null = facts === null ? 'NOT_FOUND' : null;
  const list =
    purpose === 'activation'
      ? LICENSE_CHECKS.filter((check) => check.gatesActivation)
      : LICENSE_CHECKS;
  const checks = list.map(({ code, applies, passes }): LicenseEvaluation['checks'][number] => {
    if (failed === code) return { code, outcome: 'failed' };
    if (failed || !applies(facts!)) return { code, outcome: 'skipped' };
    if (passes(facts!)) return { code, outcome: 'passed' };
    failed = code;
    return { code, outcome: 'failed' };
  });
  return failed ? { valid: false, code: failed, checks } : { valid: true, code: 'VALID', checks };
}
