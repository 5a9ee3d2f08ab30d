import { DATE_FORMAT, formatInTimeZone } from './format/date-time.js';
import type { GrantedFeature } from './license-features-schema.js';

/** On/off (a module is enabled or not) or a number the software enforces (max cores, render hours). */
export const FEATURE_KINDS = ['switch', 'limit'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export const FEATURE_KIND_LABELS: Record<FeatureKind, string> = {
  switch: 'On/off',
  limit: 'Limit',
};

/** Feature codes are what installed software sends: lower case, digits and dashes, e.g. fea-solver. */
export const FEATURE_CODE_PATTERN = '^[a-z0-9][a-z0-9-]{1,39}$';

/** The shape is the schema's (license-features-schema.ts). */
export type { GrantedFeature };

export type FeatureState = 'active' | 'ending_soon' | 'ended';

export const FEATURE_STATE_LABELS: Record<FeatureState, string> = {
  active: 'Active',
  ending_soon: 'Ends soon',
  ended: 'Ended',
};

const ENDING_SOON_MS = 30 * 86_400_000;

/** Ended once its end date passed; ending soon within the 30 days licenses count as expiring soon. */
export function featureState(expiresAt: string | null, now: Date): FeatureState {
  if (expiresAt === null) return 'active';
  const remaining = Date.parse(expiresAt) - now.getTime();
  if (remaining <= 0) return 'ended';
  return remaining <= ENDING_SOON_MS ? 'ending_soon' : 'active';
}

/** "8 max cores", "Included" (on/off), "No limit" (a limit feature granted without a number). */
export function featureLimitText(feature: Pick<GrantedFeature, 'kind' | 'unit' | 'limit'>): string {
  if (feature.kind === 'switch') return 'Included';
  if (feature.limit === null) return 'No limit';
  return feature.unit
    ? `${feature.limit.toLocaleString('en-US')} ${feature.unit}`
    : feature.limit.toLocaleString('en-US');
}

/** A feature the request asked for that the license does not grant now; `name` null when the product declares no such code. */
export interface RefusedFeature {
  code: string;
  name: string | null;
  expiresAt: string | null;
}

const listOf = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The plain-words verdict of a feature refusal, e.g. "ENT-000104's FEA Solver ended on
 * 30 Nov 2026; renew with sales order SO-49555." Dates in the reader's time zone.
 */
export function featureRefusalText(
  code: 'FEATURE_NOT_ENTITLED' | 'FEATURE_EXPIRED',
  license: { entitlement: string; salesOrder: string; productName: string },
  refused: RefusedFeature[],
  timeZone = 'UTC',
): { message: string; remedy: string } {
  const named = (f: RefusedFeature) => f.name ?? `"${f.code}"`;
  if (code === 'FEATURE_EXPIRED') {
    const ends = refused.map(
      (f) => `${named(f)} ended on ${formatInTimeZone(f.expiresAt!, timeZone, DATE_FORMAT)}`,
    );
    return {
      message: `${license.entitlement}'s ${listOf(ends)}; renew with sales order ${license.salesOrder}.`,
      remedy:
        'Ask your reseller or account manager for the renewal; the same key unlocks the feature again once it is extended.',
    };
  }
  return {
    message: `${license.entitlement}'s ${license.productName} license does not include ${listOf(refused.map(named))}; add ${refused.length > 1 ? 'them' : 'it'} with sales order ${license.salesOrder}.`,
    remedy:
      'Ask your reseller or account manager to add the feature to this license; the same key unlocks it.',
  };
}
