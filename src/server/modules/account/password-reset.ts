import {
  findLiveAccountToken,
  issueAccountToken,
  PASSWORD_RESET_MINUTES,
  useAccountToken,
} from '../../auth/account-token-queries.js';
import { assertNotThrottled, countFailedAttempt, memberLabel } from '../../auth/session-service.js';
import { findUserName } from '../../auth/user-queries.js';
import type { AppContext } from '../../context.js';
import { hashPassword } from '../../crypto/passwords.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors.js';
import { passwordResetEmail } from '../../mail/account-emails.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { linkKeys, queueMail } from '../../mail/mail-queue.js';
import { loadRecipient } from '../notifications/notice.js';
import { assertStrongPassword, replacePassword } from './password-change.js';
import { findUserIdByEmail } from './queries.js';

const tooMany = () =>
  new DomainError(
    'too_many_requests',
    'too_many_attempts',
    'Too many requests. Try again in 15 minutes.',
  );
const invalidLink = () =>
  new DomainError(
    'invalid',
    'invalid_link',
    'This link is invalid, was already used or has expired. Ask for a new one.',
  );

/**
 * Checks the per-IP limit now and answers the same for every address; the lookup, token
 * and mail happen in `work`, which the route runs after answering, so neither the answer
 * nor its timing tells whether the address has an account.
 */
export async function requestPasswordReset(
  ctx: AppContext,
  rawEmail: string,
  ip: string,
): Promise<{ work: () => Promise<void> }> {
  const email = rawEmail.trim().toLowerCase();
  const now = ctx.now();
  const { perIp, perEmail } = ctx.resetThrottle;
  if ((await perIp.retryAfter(ip, now.getTime())) > 0) throw tooMany();
  await perIp.hit(ip, now.getTime());
  // Over its limit, an address still gets the same answer, but no more mail.
  const quiet = await perEmail.hitAndCheck(email, now.getTime());
  return {
    work: async () => {
      const userId = quiet ? undefined : await findUserIdByEmail(ctx.db, email);
      if (userId === undefined) return;
      const { language } = await loadRecipient(ctx.db, userId);
      // The link and its mail are one change: a mail is queued only for a token that exists.
      const mail = await inTransaction(ctx.db, async (trx) => {
        const token = await issueAccountToken(trx, {
          userId,
          purpose: 'password_reset',
          minutes: PASSWORD_RESET_MINUTES,
          now,
        });
        return queueMail(
          ctx,
          trx,
          passwordResetEmail(ctx.config, {
            to: email,
            language,
            token,
            minutes: PASSWORD_RESET_MINUTES,
          }),
          {
            expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000).toISOString(),
            key: linkKeys.passwordReset(userId),
          },
        );
      });
      await sendQueuedMails(ctx, [mail]);
    },
  };
}

/** Sets a new password from a reset link and signs the account out everywhere. */
export async function resetPassword(
  ctx: AppContext,
  input: { token: string; password: string; ip: string },
): Promise<void> {
  await assertNotThrottled(ctx, input.ip);
  const now = ctx.now();
  const link = await findLiveAccountToken(ctx.db, 'password_reset', input.token, now);
  if (!link) {
    await countFailedAttempt(ctx, input.ip);
    throw invalidLink();
  }
  const user = await findUserName(ctx.db, link.userId);
  const owner = { email: user.email, firstName: user.first_name, lastName: user.last_name };
  assertStrongPassword(input.password, owner, 'password');
  const passwordHash = await hashPassword(input.password);
  const label = memberLabel(owner);
  const mail = await inTransaction(ctx.db, async (trx) => {
    if (!(await useAccountToken(trx, link.id, now))) throw invalidLink();
    return replacePassword(ctx, trx, {
      userId: link.userId,
      passwordHash,
      keepSessionId: null,
      audit: {
        action: 'password.reset',
        message: `${label} reset their password with an emailed link`,
        label,
        ip: input.ip,
      },
    });
  });
  // The owner proved control of the mailbox: earlier failed sign-ins no longer hold them back.
  await ctx.loginThrottle.perAccount.reset(user.email, now.getTime());
  await sendQueuedMails(ctx, [mail]);
}
