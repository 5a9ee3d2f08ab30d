import { assertNotThrottled, countFailedAttempt } from '../../auth/session-service.js';
import { findPasswordHash } from '../../auth/user-queries.js';
import type { AppContext } from '../../context.js';
import { verifyPassword } from '../../crypto/passwords.js';
import { DomainError } from '../../errors.js';
import type { AccountActor } from './account-actor.js';

/**
 * Sensitive account changes ask for the current password again, so a session left open
 * is not enough. Wrong guesses count against the sign-in throttle of the account.
 */
export async function confirmPassword(
  ctx: AppContext,
  actor: AccountActor,
  password: string,
  field = 'password',
): Promise<void> {
  await assertNotThrottled(ctx, actor.ip, actor.email);
  const user = await findPasswordHash(ctx.db, actor.userId);
  if (user.password_hash && (await verifyPassword(user.password_hash, password))) return;
  await countFailedAttempt(ctx, actor.ip, actor.email);
  throw new DomainError('invalid', 'wrong_password', 'The password is incorrect.', {
    [field]: 'is incorrect',
  });
}
