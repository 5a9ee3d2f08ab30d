import { generateSecrets, type Secrets } from './secrets.js';
import { LicenseKeyVault } from './license-keys.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { allLicenseKeyCiphertexts, replaceLicenseKeySeal } from './license-key-rotation-queries.js';

/** What an operator names; `signing` is the Ed25519 pair, which only changes as a pair. */
export const ROTATABLE = [
  'csrfKey',
  'downloadSigning',
  'licenseKeyEncryption',
  'licenseKeyLookup',
  'signing',
] as const;
export type RotatableSecret = (typeof ROTATABLE)[number];

/** The current secrets with fresh values for the named ones. */
export function rotatedSecrets(current: Secrets, names: RotatableSecret[]): Secrets {
  const fresh = generateSecrets();
  const next = { ...current };
  for (const name of names) {
    if (name === 'signing') {
      next.signingPrivateKey = fresh.signingPrivateKey;
      next.signingPublicKey = fresh.signingPublicKey;
    } else next[name] = fresh[name];
  }
  return next;
}

export const rekeysLicenses = (names: RotatableSecret[]) =>
  names.includes('licenseKeyEncryption') || names.includes('licenseKeyLookup');

/**
 * Decrypts every stored license key with the current secrets and seals it again with the
 * next ones, in one transaction: either every key moves to the new secrets or none does.
 */
export async function rekeyLicenseKeys(db: Db, current: Secrets, next: Secrets): Promise<number> {
  const from = new LicenseKeyVault(current.licenseKeyEncryption, current.licenseKeyLookup);
  const to = new LicenseKeyVault(next.licenseKeyEncryption, next.licenseKeyLookup);
  return inTransaction(db, async (trx) => {
    const rows = await allLicenseKeyCiphertexts(trx);
    for (const row of rows) {
      const { key_ciphertext, key_hash } = to.seal(from.decrypt(row.key_ciphertext));
      await replaceLicenseKeySeal(trx, row.id, { key_ciphertext, key_hash });
    }
    return rows.length;
  });
}
