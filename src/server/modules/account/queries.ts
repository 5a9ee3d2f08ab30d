import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect.js';
import type { Trx } from '../../db/transaction.js';

export function findAccount(db: Db, userId: number, now: string) {
  return db
    .selectFrom('users')
    .select((eb) => [
      'users.email',
      'users.first_name',
      'users.last_name',
      'users.phone',
      'users.totp_enabled_at',
      eb
        .selectFrom('account_tokens')
        .select('new_email')
        .whereRef('account_tokens.user_id', '=', 'users.id')
        .where('purpose', '=', 'email_change')
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('id', 'desc')
        .limit(1)
        .as('pending_email'),
      eb
        .selectFrom('recovery_codes')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('recovery_codes.user_id', '=', 'users.id')
        .where('used_at', 'is', null)
        .as('recovery_codes_left'),
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** Holds the user's row for the rest of the transaction (SQLite already holds its write lock). */
export async function lockUser(trx: Trx, userId: number) {
  const query = trx
    .selectFrom('users')
    .select(['email', 'first_name', 'last_name', 'phone', 'preferences'])
    .where('id', '=', userId);
  return (dialectOf(trx) === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
}

export async function updateUser(
  trx: Db,
  userId: number,
  values: Partial<{
    first_name: string;
    last_name: string;
    phone: string | null;
    email: string;
    password_hash: string;
    preferences: string;
  }>,
  now: string,
) {
  await trx
    .updateTable('users')
    .set({ ...values, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

export async function findUserIdByEmail(db: Db, email: string) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row?.id;
}

/** Ends every session of the user except the one kept (none when null); returns how many ended. */
export async function endSessions(
  trx: Db,
  userId: number,
  keepSessionId: number | null,
): Promise<number> {
  let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId !== null) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
