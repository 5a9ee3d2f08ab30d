import { randomToken, sha256Hex } from '../crypto/tokens.js';
import type { Db } from '../db/database.js';
import type { AccountTokenPurpose } from '../db/schema/accounts.js';

export const SECOND_FACTOR_MINUTES = 5;
export const PASSWORD_RESET_MINUTES = 60;
export const EMAIL_CHANGE_MINUTES = 24 * 60;

/** A random single-use token for a link or a pending sign-in; only its SHA-256 is stored. */
export async function issueAccountToken(
  db: Db,
  input: {
    userId: number;
    purpose: AccountTokenPurpose;
    minutes: number;
    now: Date;
    newEmail?: string;
  },
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('account_tokens')
    .values({
      user_id: input.userId,
      purpose: input.purpose,
      token_hash: sha256Hex(token),
      new_email: input.newEmail ?? null,
      created_at: input.now.toISOString(),
      expires_at: new Date(input.now.getTime() + input.minutes * 60_000).toISOString(),
    })
    .execute();
  return token;
}

/** The unused, unexpired token of that purpose, without using it up. */
export function findLiveAccountToken(
  db: Db,
  purpose: AccountTokenPurpose,
  token: string,
  now: Date,
) {
  return db
    .selectFrom('account_tokens')
    .select(['id', 'user_id as userId', 'new_email as newEmail'])
    .where('token_hash', '=', sha256Hex(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
}

/**
 * Uses a token up. The condition on `used_at` makes it single-use even when two requests
 * race: only one update finds it unused. Returns false when it was already used or expired.
 */
export async function useAccountToken(db: Db, tokenId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('account_tokens')
    .set({ used_at: now.toISOString() })
    .where('id', '=', tokenId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every other outstanding token of that purpose, e.g. older reset links once one was used. */
export async function retireAccountTokens(
  db: Db,
  userId: number,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .updateTable('account_tokens')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

/** Deletes tokens that expired before `before`; returns how many. */
export async function deleteAccountTokensExpiredBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('account_tokens')
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
