import { describe, expect, it } from 'vitest';
import { LicenseKeyVault } from '../../src/server/crypto/license-keys.js';
import {
  cachedLookupHash,
  lookupHashCache,
} from '../../src/server/db/fast-path/lookup-hash-cache.js';

const MINUTE = 60_000;

describe('the lookup hash cache (db/fast-path)', () => {
  it('gives the vault’s hash, for the key as sent', () => {
    const vault = new LicenseKeyVault('11'.repeat(32), '22'.repeat(32));
    expect(cachedLookupHash(vault, ' abcde-fghij ')).toBe(vault.lookupHash('ABCDE-FGHIJ'));
    expect(cachedLookupHash(vault, 'ABCDE-FGHIJ')).toBe(vault.lookupHash('ABCDE-FGHIJ'));
    const other = new LicenseKeyVault('11'.repeat(32), '33'.repeat(32));
    expect(cachedLookupHash(other, 'ABCDE-FGHIJ')).toBe(other.lookupHash('ABCDE-FGHIJ'));
  });

  it('computes a key again after two minutes unused, or one quiet generation later', () => {
    const clock = { now: 0 };
    const computed: string[] = [];
    const lookup = lookupHashCache(
      (key) => (computed.push(key), `h(${key})`),
      () => clock.now,
    );
    expect(lookup('A')).toBe('h(A)');
    clock.now = MINUTE - 1;
    lookup('A');
    clock.now = MINUTE; // a new generation: A moves on from the previous one
    lookup('A');
    expect(computed).toEqual(['A']);
    clock.now = 2 * MINUTE; // A was used in the previous generation: still kept
    lookup('B');
    clock.now = 3 * MINUTE; // unused for two generations: computed again
    lookup('A');
    expect(computed).toEqual(['A', 'B', 'A']);
    clock.now = 5 * MINUTE; // a whole quiet generation: nothing old is kept
    lookup('B');
    lookup('A');
    expect(computed).toEqual(['A', 'B', 'A', 'B', 'A']);
  });

  it('keeps at most two generations of ten thousand keys', () => {
    const computed: string[] = [];
    const lookup = lookupHashCache(
      (key) => (computed.push(key), key),
      () => 0,
    );
    for (let n = 0; n < 25_000; n++) lookup(`K${n}`);
    computed.length = 0;
    lookup('K0');
    lookup('K24999');
    expect(computed).toEqual(['K0']);
  });
});
