import { recordAccountAudit } from '../../audit/record-account-audit.js';
import {
  EMAIL_CHANGE_MINUTES,
  findLiveAccountToken,
  issueAccountToken,
  retireAccountTokens,
  useAccountToken,
} from '../../auth/account-token-queries.js';
import { memberLabel } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { badRequest, DomainError } from '../../errors.js';
import { emailChangeEmail, emailChangedEmail } from '../../mail/account-emails.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { giveUpMails, linkKeys, queueMail } from '../../mail/mail-queue.js';
import { loadRecipient } from '../notifications/notice.js';
import type { AccountActor } from './account-actor.js';
import { confirmPassword } from './confirm-password.js';
import { findUserIdByEmail, lockUser, updateUser } from './queries.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const invalidLink = () =>
  new DomainError(
    'invalid',
    'invalid_link',
    'This link is invalid, was already used or has expired. Request the change again.',
  );
const taken = () =>
  new DomainError('conflict', 'email_taken', 'Another account already uses this email address.');

/**
 * Sends a confirmation link to the new address; the email changes only when it is opened.
 * An address that another account uses gets no link, and the answer is the same, so the
 * form cannot be used to find out who has an account.
 */
export async function requestEmailChange(
  ctx: AppContext,
  actor: AccountActor,
  input: { newEmail: string; password: string },
): Promise<void> {
  const newEmail = input.newEmail.trim().toLowerCase();
  if (!EMAIL.test(newEmail))
    throw badRequest('Enter a valid email address.', { newEmail: 'is not an email address' });
  if (newEmail === actor.email)
    throw badRequest('This is already your email address.', {
      newEmail: 'is your current address',
    });
  await confirmPassword(ctx, actor, input.password);
  const now = ctx.now();
  const inUse = (await findUserIdByEmail(ctx.db, newEmail)) !== undefined;
  const { language } = await loadRecipient(ctx.db, actor.userId);
  const mail = await inTransaction(ctx.db, async (trx) => {
    // Only the latest request's link works, and only its mail is still sent.
    await retireAccountTokens(trx, actor.userId, 'email_change', now);
    await giveUpMails(trx, linkKeys.emailChange(actor.userId), 'a newer email change replaced it');
    const issued = await issueAccountToken(trx, {
      userId: actor.userId,
      purpose: 'email_change',
      minutes: EMAIL_CHANGE_MINUTES,
      now,
      newEmail,
    });
    await recordAccountAudit(trx, {
      userId: actor.userId,
      type: 'security',
      action: 'email.change_requested',
      message: `${actor.label} asked to change their email address`,
      actor: { userId: actor.userId, label: actor.label },
      ip: actor.ip,
      target: { type: 'user', id: actor.userId },
      at: now,
    });
    if (inUse) return null;
    return queueMail(
      ctx,
      trx,
      emailChangeEmail(ctx.config, {
        to: newEmail,
        language,
        token: issued,
        name: actor.label,
        oldEmail: actor.email,
      }),
      {
        expiresAt: new Date(now.getTime() + EMAIL_CHANGE_MINUTES * 60_000).toISOString(),
        key: linkKeys.emailChange(actor.userId),
      },
    );
  });
  await sendQueuedMails(ctx, [mail]);
}

/** Opens a confirmation link: moves the account to the new address and tells the old one. */
export async function confirmEmailChange(
  ctx: AppContext,
  input: { token: string; ip: string },
): Promise<void> {
  const now = ctx.now();
  const link = await findLiveAccountToken(ctx.db, 'email_change', input.token, now);
  if (!link?.newEmail) throw invalidLink();
  const newEmail = link.newEmail;
  const { language } = await loadRecipient(ctx.db, link.userId);
  const mail = await inTransaction(ctx.db, async (trx) => {
    if (!(await useAccountToken(trx, link.id, now))) throw invalidLink();
    const user = await lockUser(trx, link.userId);
    if ((await findUserIdByEmail(trx, newEmail)) !== undefined) throw taken();
    await updateUser(trx, link.userId, { email: newEmail }, now.toISOString());
    const label = memberLabel({
      firstName: user.first_name,
      lastName: user.last_name,
      email: newEmail,
    });
    await recordAccountAudit(trx, {
      userId: link.userId,
      type: 'security',
      action: 'email.changed',
      message: `${label} changed their email address from ${user.email} to ${newEmail}`,
      actor: { userId: link.userId, label },
      ip: input.ip,
      target: { type: 'user', id: link.userId },
      metadata: { from: user.email, to: newEmail },
      at: now,
    });
    return queueMail(
      ctx,
      trx,
      emailChangedEmail(ctx.config, { to: user.email, language, newEmail }),
    );
  }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? taken() : error;
  });
  await sendQueuedMails(ctx, [mail]);
}
