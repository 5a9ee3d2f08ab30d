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
