import { describe, expect, it } from 'vitest';
import {
  featureLimitText,
  featureRefusalText,
  featureState,
} from '../../src/common/license-features.js';

const NOW = new Date('2026-11-15T12:00:00.000Z');

describe('feature entitlements, as customers and software read them', () => {
  it('states a grant: no end date is active, within 30 days ends soon, past its end date ended', () => {
    expect(featureState(null, NOW)).toBe('active');
    expect(featureState('2027-01-01T00:00:00.000Z', NOW)).toBe('active');
    expect(featureState('2026-11-30T23:59:59.000Z', NOW)).toBe('ending_soon');
    expect(featureState(NOW.toISOString(), NOW)).toBe('ended');
  });

  it('words limits with their unit, on/off features as included', () => {
    expect(featureLimitText({ kind: 'switch', unit: null, limit: null })).toBe('Included');
    expect(featureLimitText({ kind: 'limit', unit: 'render hours', limit: 1500 })).toBe(
      '1,500 render hours',
    );
    expect(featureLimitText({ kind: 'limit', unit: 'max cores', limit: null })).toBe('No limit');
  });

  it('explains a refusal with the entitlement, the feature, its end date in the reader’s zone and the sales order', () => {
    const license = {
      entitlement: 'ENT-000104',
      salesOrder: 'SO-49555',
      productName: 'Atlas CAD Studio',
    };
    const ended = featureRefusalText(
      'FEATURE_EXPIRED',
      license,
      [{ code: 'fea-solver', name: 'FEA Solver', expiresAt: '2026-11-30T23:30:00.000Z' }],
      'Europe/Berlin',
    );
    expect(ended.message).toBe(
      "ENT-000104's FEA Solver ended on 01 Dec 2026; renew with sales order SO-49555.",
    );
    expect(
      featureRefusalText('FEATURE_EXPIRED', license, [
        { code: 'fea-solver', name: 'FEA Solver', expiresAt: '2026-11-30T23:30:00.000Z' },
      ]).message,
    ).toContain('30 Nov 2026');
    const missing = featureRefusalText('FEATURE_NOT_ENTITLED', license, [
      { code: 'fea-solver', name: 'FEA Solver', expiresAt: null },
      { code: 'x-ray', name: null, expiresAt: null },
    ]);
    expect(missing.message).toBe(
      `ENT-000104's Atlas CAD Studio license does not include FEA Solver and "x-ray"; add them with sales order SO-49555.`,
    );
  });
});
