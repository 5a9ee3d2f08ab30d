import type { Db } from '../db/database.js';

/** Every stored license key, of every organization: rotation re-encrypts them all. */
export function allLicenseKeyCiphertexts(db: Db) {
  return db.selectFrom('licenses').select(['id', 'key_ciphertext']).orderBy('id').execute();
}

export async function replaceLicenseKeySeal(
  db: Db,
  licenseId: number,
  seal: { key_ciphertext: string; key_hash: string },
): Promise<void> {
  await db.updateTable('licenses').set(seal).where('id', '=', licenseId).execute();
}

/** Every organization's sealed SSO client secret: rotating the encryption key re-seals them. */
export function allSsoClientSecrets(db: Db) {
  return db
    .selectFrom('sso_connections')
    .select(['organization_id', 'client_secret_sealed'])
    .orderBy('organization_id')
    .execute();
}

export async function replaceSsoClientSecret(
  db: Db,
  organizationId: number,
  sealed: string,
): Promise<void> {
  await db
    .updateTable('sso_connections')
    .set({ client_secret_sealed: sealed })
    .where('organization_id', '=', organizationId)
    .execute();
}

/** Sign-ins under way hold a PKCE verifier sealed with the old key: they start again. */
export async function deletePendingSsoSignIns(db: Db): Promise<void> {
  await db.deleteFrom('sso_sign_in_attempts').execute();
}
