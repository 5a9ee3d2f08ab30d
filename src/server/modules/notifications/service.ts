import type { NotificationsPayload } from '../../../common/account-api.js';
import type { AppContext } from '../../context.js';
import { latestNotifications, markRead, unreadCount } from './queries.js';

const SHOWN = 30;

export async function notificationsOf(
  ctx: AppContext,
  userId: number,
): Promise<NotificationsPayload> {
  const [rows, unread] = await Promise.all([
    latestNotifications(ctx.db, userId, SHOWN),
    unreadCount(ctx.db, userId),
  ]);
  return {
    items: rows.map((n) => ({
      id: n.id,
      topic: n.topic,
      title: n.title,
      body: n.body,
      link: n.link,
      organizationName: n.organization_name,
      createdAt: n.created_at,
      read: n.read_at !== null,
    })),
    unreadCount: unread,
  };
}

/** Reading is not a change worth an audit event: it only moves the bell's count. */
export async function markNotificationsRead(
  ctx: AppContext,
  userId: number,
  ids: number[] | undefined,
): Promise<{ unreadCount: number }> {
  await markRead(ctx.db, userId, ids, ctx.now().toISOString());
  return { unreadCount: await unreadCount(ctx.db, userId) };
}
