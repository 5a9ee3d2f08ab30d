import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

type Executor = Transaction<Database> | Kysely<Database>;

export function twoFactorState(db: Executor, userId: number) {
  return db.selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function setTwoFactor(
  db: Executor,
  userId: number,
  values: { totp_secret: string | null; totp_enabled_at: string | null; totp_last_step: number | null },
  now: string,
) {
  await db.updateTable('users').set({ ...values, updated_at: now }).where('id', '=', userId).execute();
}

/** Replaces every recovery code of the user with the given hashes (none to remove them). */
export async function replaceRecoveryCodes(trx: Executor, userId: number, hashes: string[], now: string) {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length === 0) return;
  await trx
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: now })))
    .execute();
}

export function liveSessionsOf(db: Db, userId: number, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function deleteSessionOf(trx: Executor, userId: number, sessionId: number): Promise<boolean> {
  const result = await trx.deleteFrom('sessions').where('id', '=', sessionId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
