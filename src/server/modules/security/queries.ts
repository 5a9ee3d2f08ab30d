import type { Db } from '../../db/database.js';

export function twoFactorState(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function setTwoFactor(
  db: Db,
  userId: number,
  values: {
    totp_secret: string | null;
    totp_enabled_at: string | null;
    totp_last_step: number | null;
  },
  now: string,
) {
  await db
    .updateTable('users')
    .set({ ...values, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Replaces every recovery code of the user with the given hashes (none to remove them). */
export async function replaceRecoveryCodes(trx: Db, userId: number, hashes: string[], now: string) {
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

export async function deleteSessionOf(
  trx: Db,
  userId: number,
  sessionId: number,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
