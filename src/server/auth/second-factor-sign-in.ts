import { recordAccountAudit } from '../audit/record-account-audit.js';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError } from '../errors.js';
import { findLiveAccountToken, useAccountToken } from './account-token-queries.js';
import { acceptSecondFactor } from './second-factor.js';
import {
  assertNotThrottled,
  countFailedAttempt,
  memberLabel,
  openSession,
  type OpenedSession,
  type SignInInput,
} from './session-service.js';
import { findUserName } from './user-queries.js';

const expired = () =>
  new DomainError(
    'unauthenticated',
    'sign_in_expired',
    'This sign-in has expired. Enter your email and password again.',
  );

/**
 * The second step of signing in: the pending token from the password step plus a code from
 * the authenticator app or a recovery code. Wrong codes count against the same per-IP and
 * per-account throttle as wrong passwords.
 */
export async function completeSecondFactor(
  ctx: AppContext,
  input: SignInInput & { pendingToken: string; code: string },
): Promise<OpenedSession> {
  const now = ctx.now();
  await assertNotThrottled(ctx, input.ip);
  const pending = await findLiveAccountToken(
    ctx.db,
    'sign_in_second_factor',
    input.pendingToken,
    now,
  );
  if (!pending) {
    await countFailedAttempt(ctx, input.ip);
    throw expired();
  }
  const user = await findUserName(ctx.db, pending.userId);
  await assertNotThrottled(ctx, input.ip, user.email);

  const accepted = await inTransaction(ctx.db, async (trx) => {
    const kind = await acceptSecondFactor(trx, ctx.secrets, pending.userId, input.code, now);
    if (!kind) return null;
    if (!(await useAccountToken(trx, pending.id, now))) throw expired();
    if (kind === 'recovery_code') {
      const label = memberLabel({
        firstName: user.first_name,
        lastName: user.last_name,
        email: user.email,
      });
      await recordAccountAudit(trx, {
        userId: pending.userId,
        type: 'security',
        action: 'mfa.recovery_code_used',
        message: `${label} signed in with a recovery code`,
        actor: { userId: pending.userId, label },
        ip: input.ip,
        at: now,
      });
    }
    return kind;
  });
  if (!accepted) {
    await countFailedAttempt(ctx, input.ip, user.email);
    throw new DomainError(
      'unauthenticated',
      'invalid_code',
      'The code is incorrect or was already used.',
    );
  }
  await ctx.loginThrottle.perAccount.reset(user.email, ctx.now().getTime());
  return openSession(ctx, pending.userId, input);
}
