import {
  parsePreferences,
  type Language,
  type NotificationTopic,
} from '../../../common/preferences.js';
import { recordAccountAudit } from '../../audit/record-account-audit.js';
import { memberLabel } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { memberLanguage } from '../../i18n/language.js';
import { translator } from '../../i18n/translate.js';
import { lockUser, updateUser } from '../account/queries.js';
import { findUnsubscribingUser } from './queries.js';
import { readUnsubscribeToken } from './unsubscribe-token.js';

/** Whom and what an unsubscribe link names: enough for its page. */
export interface UnsubscribeTarget {
  email: string;
  topic: NotificationTopic;
  language: Language;
  /** The topic's email channel is off already (the link was used, or the settings did it). */
  off: boolean;
}

/** A forged, altered or outdated link (its account is gone): the page says so, nothing changes. */
export async function unsubscribeTarget(
  ctx: AppContext,
  token: string | undefined,
): Promise<(UnsubscribeTarget & { userId: number }) | null> {
  const named = token ? readUnsubscribeToken(ctx.secrets, token) : null;
  const user = named ? await findUnsubscribingUser(ctx.db, named.userId) : undefined;
  if (!named || !user) return null;
  const preferences = parsePreferences(user.preferences);
  return {
    userId: user.id,
    email: user.email,
    topic: named.topic,
    language: memberLanguage(preferences),
    off: !preferences.notifications[named.topic].email,
  };
}

/**
 * One-click unsubscribe (RFC 8058): switches off the email channel of the link's topic in
 * the member's preferences and audits it like a settings change. Using it again changes
 * and audits nothing. Null for a link that is not valid.
 */
export async function unsubscribe(
  ctx: AppContext,
  token: string | undefined,
  ip: string,
): Promise<UnsubscribeTarget | null> {
  const target = await unsubscribeTarget(ctx, token);
  if (!target) return null;
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const user = await lockUser(trx, target.userId);
    const preferences = parsePreferences(user.preferences);
    const channels = preferences.notifications[target.topic];
    if (!channels.email) return;
    const after = {
      ...preferences,
      notifications: {
        ...preferences.notifications,
        [target.topic]: { ...channels, email: false },
      },
    };
    await updateUser(trx, target.userId, { preferences: JSON.stringify(after) }, now.toISOString());
    const label = memberLabel({
      firstName: user.first_name,
      lastName: user.last_name,
      email: user.email,
    });
    const topicLabel = translator('en')(`labels.topic.${target.topic}`);
    await recordAccountAudit(trx, {
      userId: target.userId,
      type: 'settings',
      action: 'preferences.unsubscribed',
      message: `${label} unsubscribed from emails about "${topicLabel}" with the link in an email`,
      actor: { userId: target.userId, label },
      ip,
      target: { type: 'user', id: target.userId },
      metadata: { changed: [`notifications.${target.topic}.email`] },
      at: now,
    });
  });
  return { ...target, off: true };
}
