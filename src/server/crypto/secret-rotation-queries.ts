import { sql } from 'kysely';
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

/** A column holding values sealed with a SecretBox, and the column that names its row. */
export interface SealedColumn {
  table: 'users' | 'sso_connections' | 'webhook_endpoints' | 'mail_deliveries';
  id: 'id' | 'organization_id';
  column:
    | 'totp_secret'
    | 'client_secret_sealed'
    | 'secret_ciphertext'
    | 'previous_secret_ciphertext'
    | 'sealed_message';
}

export async function sealedValues(db: Db, { table, id, column }: SealedColumn) {
  const { rows } = await sql<{
    id: number;
    sealed: string;
  }>`select ${sql.ref(id)} as id, ${sql.ref(column)} as sealed from ${sql.table(table)} where ${sql.ref(column)} is not null`.execute(
    db,
  );
  return rows;
}

export async function replaceSealedValue(
  db: Db,
  { table, id, column }: SealedColumn,
  rowId: number,
  sealed: string,
): Promise<void> {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sealed} where ${sql.ref(id)} = ${rowId}`.execute(
    db,
  );
}

/** Answers kept for Idempotency-Key retries are sealed too; rotation forgets them (instances are stopped). */
export async function deleteIdempotentAnswers(db: Db): Promise<void> {
  await db.deleteFrom('idempotency_keys').execute();
}

/** Sign-ins under way hold a PKCE verifier sealed with the old key: they start again. */
export async function deletePendingSsoSignIns(db: Db): Promise<void> {
  await db.deleteFrom('sso_sign_in_attempts').execute();
}
