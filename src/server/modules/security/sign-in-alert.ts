import type { FastifyReply, FastifyRequest } from 'fastify';
import { DATE_TIME_FORMAT, formatInTimeZone } from '../../../common/format/date-time.js';
import { deviceLabel } from '../../auth/device-label.js';
import { setSessionCookie } from '../../auth/session-cookie.js';
import type { OpenedSession } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { deliverNotice, loadRecipient, sendMails } from '../notifications/notice.js';

async function alertNewSignIn(
  ctx: AppContext,
  userId: number,
  device: string,
  ip: string,
): Promise<void> {
  const mail = await inTransaction(ctx.db, async (trx) => {
    const recipient = await loadRecipient(trx, userId);
    const { timezone } = recipient.preferences;
    const when = `${formatInTimeZone(ctx.now().toISOString(), timezone, DATE_TIME_FORMAT)} (${timezone})`;
    return deliverNotice(ctx, trx, recipient, {
      topic: 'newSignIn',
      organizationId: null,
      title: 'New sign-in to your account',
      body: `Your account was signed in from ${device} at ${ip} on ${when}. If this was you, there is nothing to do. If not, change your password and sign out your other sessions.`,
      link: '/profile',
    });
  });
  await sendMails(ctx, [mail]);
}

/** Hands the new session to the browser and, for a device the account has not used, alerts the member. */
export async function startPortalSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: OpenedSession,
): Promise<void> {
  setSessionCookie(request, reply, session.token, session.expiresAt);
  if (session.newDevice)
    await alertNewSignIn(
      ctx,
      session.userId,
      deviceLabel(request.headers['user-agent'] ?? null),
      request.ip,
    );
}
