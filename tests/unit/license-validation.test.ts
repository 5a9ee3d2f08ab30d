import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateLicense,
  LICENSE_CHECK_CODES,
  LICENSE_CHECKS,
  VALIDATION_TEXT,
  type LicenseFacts,
} from '../../src/common/license-validation.js';

const healthy: LicenseFacts = {
  productMatches: true,
  status: 'active',
  expired: false,
  seats: 5,
  liveSeats: 1,
  identifierRequired: true,
  binding: { activated: true, heartbeat: 'alive' },
  requestedFeatures: [{ code: 'fea-solver', grant: 'granted' }],
};

/** Facts on which every check fails at once (each fails in its own way). */
const broken: LicenseFacts = {
  productMatches: false,
  status: 'revoked',
  expired: true,
  seats: 1,
  liveSeats: 2,
  identifierRequired: true,
  binding: null,
  seatsAssignedTo: 'Victor Viewer',
  requestedFeatures: [
    { code: 'fea-solver', grant: 'ended' },
    { code: 'cfd-solver', grant: 'not_granted' },
  ],
};

describe('license validation checks', () => {
  it('lists the checks in the documented order, each with a check line, explanation and remedy', () => {
    expect(LICENSE_CHECKS.map((c) => c.code)).toEqual([...LICENSE_CHECK_CODES]);
    for (const code of ['VALID', ...LICENSE_CHECK_CODES] as const) {
      expect(VALIDATION_TEXT[code].check.length, code).toBeGreaterThan(5);
      expect(VALIDATION_TEXT[code].explanation.length, code).toBeGreaterThan(10);
      expect(VALIDATION_TEXT[code].remedy.length, code).toBeGreaterThan(5);
    }
  });

  it('is documented in docs/licensing-api.md in the same order', () => {
    const table =
      readFileSync('docs/licensing-api.md', 'utf8').match(/^\| \d+ \| `([A-Z_]+)` \|/gm) ?? [];
    expect(table.map((row) => /`([A-Z_]+)`/.exec(row)![1])).toEqual([...LICENSE_CHECK_CODES]);
  });

  it('answers VALID with every check passed for a healthy license', () => {
    const result = evaluateLicense(healthy);
    expect(result).toMatchObject({ valid: true, code: 'VALID' });
    expect(result.checks.every((c) => c.outcome === 'passed')).toBe(true);
  });

  it('lets the first failing check decide, in order, as each earlier failure is repaired', () => {
    const repairs: Partial<LicenseFacts>[] = [
      { productMatches: true },
      { status: 'suspended' },
      { status: 'active' },
      { expired: false },
      { binding: { activated: false, heartbeat: 'not_required' } },
      { binding: { activated: true, heartbeat: 'dead' } },
      { binding: { activated: true, heartbeat: 'not_started' } },
      { binding: { activated: true, heartbeat: 'alive' } },
      { seats: 2 },
      { seatsAssignedTo: null },
      { requestedFeatures: [{ code: 'fea-solver', grant: 'ended' }] },
      { requestedFeatures: [{ code: 'fea-solver', grant: 'granted' }] },
    ];
    let facts = broken;
    const codes = [evaluateLicense(null).code, evaluateLicense(facts).code];
    for (const repair of repairs) {
      facts = { ...facts, ...repair };
      codes.push(evaluateLicense(facts).code);
    }
    expect(codes).toEqual([...LICENSE_CHECK_CODES, 'VALID']);
  });

  it('marks checks before the failure passed (or skipped when they do not apply) and those after it skipped', () => {
    const { checks } = evaluateLicense({
      ...healthy,
      identifierRequired: false,
      binding: null,
      expired: true,
    });
    expect(Object.fromEntries(checks.map((c) => [c.code, c.outcome]))).toEqual({
      NOT_FOUND: 'passed',
      PRODUCT_MISMATCH: 'passed',
      REVOKED: 'passed',
      SUSPENDED: 'passed',
      EXPIRED: 'failed',
      FINGERPRINT_REQUIRED: 'skipped',
      NOT_ACTIVATED: 'skipped',
      HEARTBEAT_DEAD: 'skipped',
      HEARTBEAT_NOT_STARTED: 'skipped',
      SEATS_EXHAUSTED: 'skipped',
      SEAT_ASSIGNED: 'skipped',
      FEATURE_NOT_ENTITLED: 'skipped',
      FEATURE_EXPIRED: 'skipped',
    });
    const bare = evaluateLicense({ ...healthy, identifierRequired: false, binding: null });
    expect(bare.code).toBe('VALID');
    expect(bare.checks.filter((c) => c.outcome === 'skipped').map((c) => c.code)).toEqual([
      'NOT_ACTIVATED',
      'HEARTBEAT_DEAD',
      'HEARTBEAT_NOT_STARTED',
    ]);
  });

  it('gates a new activation by the license checks and seats only', () => {
    const activation = evaluateLicense({ ...healthy, binding: null }, 'activation');
    expect(activation.code).toBe('VALID');
    expect(activation.checks.map((c) => c.code)).toEqual([
      'NOT_FOUND',
      'PRODUCT_MISMATCH',
      'REVOKED',
      'SUSPENDED',
      'EXPIRED',
      'SEATS_EXHAUSTED',
      'SEAT_ASSIGNED',
    ]);
    expect(
      evaluateLicense({ ...healthy, seatsAssignedTo: 'Victor Viewer' }, 'activation').code,
    ).toBe('SEAT_ASSIGNED');
    expect(evaluateLicense({ ...healthy, liveSeats: 6 }, 'activation').code).toBe(
      'SEATS_EXHAUSTED',
    );
    expect(
      evaluateLicense({ ...healthy, status: 'suspended', liveSeats: 6 }, 'activation').code,
    ).toBe('SUSPENDED');
  });
});
