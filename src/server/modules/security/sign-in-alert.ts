import type { FastifyReply, FastifyRequest } from 'fastify';
import { deviceLabel } from '../../auth/device-label.js';
import { setSessionCookie } from '../../auth/session-cookie.js';
import type { OpenedSession } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { mailDateTime } from '../../i18n/dates.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { deliverNotice, loadRecipient } from '../notifications/notice.js';
import { rememberBrowserLanguage } from '../preferences/service.js';

async function alertNewSignIn(
  ctx: AppContext,
  userId: number,
  device: string,
  ip: string,
): Promise<void> {
  const mail = await inTransaction(ctx.db, async (trx) => {
    const recipient = await loadRecipient(trx, userId);
    const { timezone } = recipient.preferences;
    const when = `${mailDateTime(ctx.now().toISOString(), recipient.language, timezone)} (${timezone})`;
    return deliverNotice(ctx, trx, recipient, {
      topic: 'newSignIn',
      organizationId: null,
      title: recipient.t('notice.newSignIn.title'),
      body: recipient.t('notice.newSignIn.body', { device, ip, when }),
      link: '/profile',
    });
  });
  await sendQueuedMails(ctx, [mail]);
}

/**
 * Hands the new session to the browser, notes its language for mails and, for a device the
 * account has not used, alerts the member.
 */
export async function startPortalSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: OpenedSession,
): Promise<void> {
  setSessionCookie(request, reply, session.token, session.expiresAt);
  await rememberBrowserLanguage(ctx, session.userId, request.headers['accept-language']);
  if (session.newDevice)
    await alertNewSignIn(
      ctx,
      session.userId,
      deviceLabel(request.headers['user-agent'] ?? null),
      request.ip,
    );
}
