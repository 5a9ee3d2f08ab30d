import type { Secrets } from '../crypto/secrets.js';
import type { Trx } from '../db/transaction.js';
import { looksLikeRecoveryCode, recoveryCodeHash } from './recovery-codes.js';
import { matchTotpStep, openTotpSecret } from './totp.js';
import { findTotpState, recordTotpStep, useRecoveryCode } from './user-queries.js';

export type SecondFactorKind = 'totp' | 'recovery_code';

/**
 * Accepts an authenticator code or an unused recovery code for a user with two-factor
 * authentication, and uses it up in the same transaction: the TOTP step is recorded so the
 * code cannot be replayed, a recovery code is marked used. Both updates are conditional,
 * so of two concurrent requests with the same code only one succeeds.
 */
export async function acceptSecondFactor(
  trx: Trx,
  secrets: Secrets,
  userId: number,
  code: string,
  now: Date,
): Promise<SecondFactorKind | null> {
  const typed = code.replace(/\s/g, '');
  const user = await findTotpState(trx, userId);
  if (!user?.totp_secret) return null;
  if (/^\d{6}$/.test(typed)) {
    const step = await matchTotpStep(
      openTotpSecret(secrets, user.totp_secret),
      typed,
      now,
      user.totp_last_step,
    );
    if (step === null) return null;
    return (await recordTotpStep(trx, userId, step)) ? 'totp' : null;
  }
  if (!looksLikeRecoveryCode(typed)) return null;
  return (await useRecoveryCode(trx, userId, recoveryCodeHash(typed), now))
    ? 'recovery_code'
    : null;
}
