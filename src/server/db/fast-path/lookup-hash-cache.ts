/** A key's lookup hash is reused for one to two of these, then computed again. */
const GENERATION_MS = 60_000;
/** Distinct keys per generation; more starts a new generation early. */
const MAX_KEYS = 10_000;

/** Two generations of key → hash: lookups fill the current one, which becomes the previous. */
export function lookupHashCache(hash: (key: string) => string, now: () => number = Date.now) {
  let current = new Map<string, string>();
  let previous = new Map<string, string>();
  let endsAt = now() + GENERATION_MS;
  return (key: string): string => {
    const time = now();
    if (time >= endsAt || current.size >= MAX_KEYS) {
      // After a quiet spell of a whole generation nothing old is kept at all.
      previous = time >= endsAt + GENERATION_MS ? new Map() : current;
      current = new Map();
      endsAt = time + GENERATION_MS;
    }
    let value = current.get(key);
    if (value === undefined) {
      value = previous.get(key) ?? hash(key);
      current.set(key, value);
    }
    return value;
  };
}

/** What derives the hash: crypto/license-keys.ts's vault (db/ imports nothing above it). */
interface LookupHasher {
  lookupHash(key: string): string;
}

const caches = new WeakMap<LookupHasher, (key: string) => string>();

/**
 * The license key's lookup hash (HMAC-SHA-256), reused for the same key for up to two
 * minutes: installed software validates the same key again and again. Guarded by the
 * licensing benchmark (validate against the reference server; decision 157), where the HMAC
 * was the largest cost left in the licensing plugin's own code. Keys stay in memory in clear
 * that long; the process holds the secrets that decrypt every stored key anyway.
 */
export function cachedLookupHash(vault: LookupHasher, key: string): string {
  let lookup = caches.get(vault);
  if (!lookup) caches.set(vault, (lookup = lookupHashCache((k) => vault.lookupHash(k))));
  return lookup(key);
}
