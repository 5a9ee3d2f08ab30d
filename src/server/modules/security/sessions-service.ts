import type { SessionItem } from '../../../common/account-api.js';
import { recordAccountAudit } from '../../audit/record-account-audit.js';
import { deviceLabel } from '../../auth/device-label.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { badRequest, notFound } from '../../errors.js';
import type { AccountActor } from '../account/account-actor.js';
import { endSessions } from '../account/queries.js';
import { deleteSessionOf, liveSessionsOf } from './queries.js';

export async function sessionsOf(ctx: AppContext, actor: AccountActor): Promise<SessionItem[]> {
  const rows = await liveSessionsOf(ctx.db, actor.userId, ctx.now().toISOString());
  return rows.map((s) => ({
    id: s.id,
    device: deviceLabel(s.user_agent),
    ip: s.ip,
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at,
    current: s.id === actor.sessionId,
  }));
}

/** Signs out one of the member's other sessions; another member's session answers 404 like a missing one. */
export async function revokeSession(
  ctx: AppContext,
  actor: AccountActor,
  sessionId: number,
): Promise<void> {
  if (sessionId === actor.sessionId)
    throw badRequest('This is the session you are using: sign out instead.');
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    if (!(await deleteSessionOf(trx, actor.userId, sessionId))) throw notFound('session');
    await recordAccountAudit(trx, {
      userId: actor.userId,
      type: 'security',
      action: 'session.revoked',
      message: `${actor.label} signed out one of their other sessions`,
      actor: { userId: actor.userId, label: actor.label },
      ip: actor.ip,
      target: { type: 'session', id: sessionId },
      at: now,
    });
  });
}

export async function revokeOtherSessions(
  ctx: AppContext,
  actor: AccountActor,
): Promise<{ ended: number }> {
  const now = ctx.now();
  return inTransaction(ctx.db, async (trx) => {
    const ended = await endSessions(trx, actor.userId, actor.sessionId);
    if (ended > 0) {
      await recordAccountAudit(trx, {
        userId: actor.userId,
        type: 'security',
        action: 'session.revoked_others',
        message: `${actor.label} signed out ${ended} other session${ended === 1 ? '' : 's'}`,
        actor: { userId: actor.userId, label: actor.label },
        ip: actor.ip,
        metadata: { ended },
        at: now,
      });
    }
    return { ended };
  });
}
