import type { Db } from '../db/database.js';
import type { Trx } from '../db/transaction.js';

// The users table as sign-in, second factor and password checks read and write it.

/** What a password sign-in checks, by the normalized email. */
export function findSignInCredentials(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'password_hash', 'totp_enabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function findUserName(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['email', 'first_name', 'last_name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export function findPasswordHash(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export function findTotpState(trx: Trx, userId: number) {
  return trx
    .selectFrom('users')
    .select(['totp_secret', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Records the TOTP step used, only if it is newer than the last one: false on a replay. */
export async function recordTotpStep(trx: Trx, userId: number, step: number): Promise<boolean> {
  const recorded = await trx
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(recorded.numUpdatedRows) === 1;
}

/** Uses an unused recovery code up: false when none matched (or a concurrent request won). */
export async function useRecoveryCode(
  trx: Trx,
  userId: number,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const used = await trx
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

export async function knownDeviceHashes(trx: Trx, userId: number): Promise<string[]> {
  const rows = await trx
    .selectFrom('sign_in_devices')
    .select('device_hash')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.device_hash);
}

export async function insertKnownDevice(
  trx: Trx,
  userId: number,
  hash: string,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('sign_in_devices')
    .values({ user_id: userId, device_hash: hash, first_seen_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['user_id', 'device_hash']).doNothing())
    .execute();
}
