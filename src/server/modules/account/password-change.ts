import { recordAccountAudit } from '../../audit/record-account-audit.js';
import { retireAccountTokens } from '../../auth/account-token-queries.js';
import { passwordWeakness } from '../../auth/password-policy.js';
import type { AppContext } from '../../context.js';
import { hashPassword } from '../../crypto/passwords.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { badRequest, DomainError } from '../../errors.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { giveUpMails, linkKeys } from '../../mail/mail-queue.js';
import { deliverNotice, loadRecipient } from '../notifications/notice.js';
import type { AccountActor } from './account-actor.js';
import { confirmPassword } from './confirm-password.js';
import { endSessions, updateUser } from './queries.js';

export function assertStrongPassword(
  password: string,
  owner: { email: string; firstName: string; lastName: string },
  field: string,
): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw new DomainError('invalid', 'weak_password', weakness, { [field]: weakness });
}

/**
 * Stores the new hash, ends the sessions that must not outlive the old password, retires
 * reset links and tells the member: the email is queued whatever the notification settings.
 */
export async function replacePassword(
  ctx: AppContext,
  trx: Trx,
  input: {
    userId: number;
    passwordHash: string;
    keepSessionId: number | null;
    audit: { action: string; message: string; label: string; ip: string };
  },
) {
  const now = ctx.now();
  await updateUser(trx, input.userId, { password_hash: input.passwordHash }, now.toISOString());
  const ended = await endSessions(trx, input.userId, input.keepSessionId);
  await retireAccountTokens(trx, input.userId, 'password_reset', now);
  await giveUpMails(trx, linkKeys.passwordReset(input.userId), 'the password was changed');
  await recordAccountAudit(trx, {
    userId: input.userId,
    type: 'security',
    action: input.audit.action,
    message: input.audit.message,
    actor: { userId: input.userId, label: input.audit.label },
    ip: input.audit.ip,
    target: { type: 'user', id: input.userId },
    metadata: { sessionsEnded: ended },
    at: now,
  });
  const recipient = await loadRecipient(trx, input.userId);
  return deliverNotice(
    ctx,
    trx,
    recipient,
    {
      topic: 'passwordChanged',
      organizationId: null,
      title: recipient.t('notice.passwordChanged.title'),
      body:
        ended > 0
          ? recipient.t('notice.passwordChanged.bodySessions', { count: ended })
          : recipient.t('notice.passwordChanged.body'),
      link: '/profile',
    },
    { emailRequired: true },
  );
}

export async function changePassword(
  ctx: AppContext,
  actor: AccountActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  await confirmPassword(ctx, actor, input.currentPassword, 'currentPassword');
  if (input.newPassword === input.currentPassword) {
    throw badRequest('Choose a password different from the current one.', {
      newPassword: 'is the current password',
    });
  }
  assertStrongPassword(input.newPassword, actor, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const mail = await inTransaction(ctx.db, (trx) =>
    replacePassword(ctx, trx, {
      userId: actor.userId,
      passwordHash,
      keepSessionId: actor.sessionId,
      audit: {
        action: 'password.changed',
        message: `${actor.label} changed their password`,
        label: actor.label,
        ip: actor.ip,
      },
    }),
  );
  await sendQueuedMails(ctx, [mail]);
}
