import type { Transaction } from 'kysely';
import type { Secrets } from '../crypto/secrets.js';
import type { Database } from '../db/schema.js';
import { looksLikeRecoveryCode, recoveryCodeHash } from './recovery-codes.js';
import { matchTotpStep, openTotpSecret } from './totp.js';

export type SecondFactorKind = 'totp' | 'recovery_code';

/**
 * Accepts an authenticator code or an unused recovery code for a user with two-factor
 * authentication, and uses it up in the same transaction: the TOTP step is recorded so the
 * code cannot be replayed, a recovery code is marked used. Both updates are conditional,
 * so of two concurrent requests with the same code only one succeeds.
 */
export async function acceptSecondFactor(
  trx: Transaction<Database>,
  secrets: Secrets,
  userId: number,
  code: string,
  now: Date,
): Promise<SecondFactorKind | null> {
  const typed = code.replace(/\s/g, '');
  const user = await trx.selectFrom('users').select(['totp_secret', 'totp_last_step']).where('id', '=', userId).executeTakeFirst();
  if (!user?.totp_secret) return null;
  if (/^\d{6}$/.test(typed)) {
    const step = await matchTotpStep(openTotpSecret(secrets, user.totp_secret), typed, now, user.totp_last_step);
    if (step === null) return null;
    const recorded = await trx
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(recorded.numUpdatedRows) === 1 ? 'totp' : null;
  }
  if (!looksLikeRecoveryCode(typed)) return null;
  const used = await trx
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryCodeHash(typed))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? 'recovery_code' : null;
}
