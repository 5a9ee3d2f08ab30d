import { describe, expect, it } from 'vitest';
import { canActivateSeats, entitlementExpiry } from '../../src/common/license-status.js';
import { humanizeCode, licenseTypeLabel, platformLabel } from '../../src/common/labels.js';

describe('entitlementExpiry', () => {
  it('is the latest license expiry, and never when one license never expires', () => {
    expect(
      entitlementExpiry([
        '2026-11-30T10:00:00.000Z',
        '2027-03-06T10:00:00.000Z',
        '2026-12-18T10:00:00.000Z',
      ]),
    ).toBe('2027-03-06T10:00:00.000Z');
    expect(entitlementExpiry(['2026-11-30T10:00:00.000Z', null])).toBeNull();
    expect(entitlementExpiry([])).toBeNull();
  });
});

describe('canActivateSeats', () => {
  it('is true only for active licenses, expiring or not', () => {
    expect(
      ['active', 'expiring_soon', 'expired', 'suspended', 'revoked'].filter((s) =>
        canActivateSeats(s as never),
      ),
    ).toEqual(['active', 'expiring_soon']);
  });
});

describe('labels', () => {
  it('names known codes and turns unknown lower-case codes into words, leaving reported names alone', () => {
    expect(platformLabel('linux')).toBe('Linux');
    expect(platformLabel('macos')).toBe('macOS');
    expect(platformLabel('macOS 15')).toBe('macOS 15');
    expect(licenseTypeLabel('perpetual')).toBe('Perpetual');
    expect(humanizeCode('on_premise-ha')).toBe('On premise ha');
  });
});
