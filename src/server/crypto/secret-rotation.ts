import { generateSecrets, type Secrets } from './secrets.js';
import { LicenseKeyVault } from './license-keys.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import {
  allLicenseKeyCiphertexts,
  deleteIdempotentAnswers,
  deletePendingSsoSignIns,
  replaceLicenseKeySeal,
  replaceSealedValue,
  sealedValues,
  type SealedColumn,
} from './secret-rotation-queries.js';
import {
  MAIL_MESSAGE_PURPOSE,
  SecretBox,
  SSO_CLIENT_SECRET_PURPOSE,
  TOTP_SECRET_PURPOSE,
  WEBHOOK_SECRET_PURPOSE,
} from './secret-box.js';

/** Every column sealed under licenseKeyEncryption (with a purpose-derived key), re-sealed when it changes. */
const SEALED: (SealedColumn & { purpose: string })[] = [
  { table: 'users', id: 'id', column: 'totp_secret', purpose: TOTP_SECRET_PURPOSE },
  {
    table: 'sso_connections',
    id: 'organization_id',
    column: 'client_secret_sealed',
    purpose: SSO_CLIENT_SECRET_PURPOSE,
  },
  {
    table: 'webhook_endpoints',
    id: 'id',
    column: 'secret_ciphertext',
    purpose: WEBHOOK_SECRET_PURPOSE,
  },
  {
    table: 'webhook_endpoints',
    id: 'id',
    column: 'previous_secret_ciphertext',
    purpose: WEBHOOK_SECRET_PURPOSE,
  },
  // Queued mails, whose links carry one-time tokens (decision 140).
  { table: 'mail_deliveries', id: 'id', column: 'sealed_message', purpose: MAIL_MESSAGE_PURPOSE },
];

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
    // Two-factor, SSO client and webhook secrets and queued mails are sealed under the same encryption key.
    if (current.licenseKeyEncryption !== next.licenseKeyEncryption) {
      for (const sealed of SEALED) {
        const opened = new SecretBox(current.licenseKeyEncryption, sealed.purpose);
        const resealed = new SecretBox(next.licenseKeyEncryption, sealed.purpose);
        for (const row of await sealedValues(trx, sealed))
          await replaceSealedValue(trx, sealed, row.id, resealed.seal(opened.open(row.sealed)));
      }
      await deletePendingSsoSignIns(trx);
      await deleteIdempotentAnswers(trx);
    }
    return rows.length;
  });
}
