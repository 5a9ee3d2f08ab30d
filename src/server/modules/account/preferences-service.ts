import {
  NOTIFICATION_TOPICS,
  parsePreferences,
  type Preferences,
  type PreferencesChange,
} from '../../../common/preferences.js';
import { recordAccountAudit } from '../../audit/record-account-audit.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { badRequest } from '../../errors.js';
import type { AccountActor } from './account-actor.js';
import { lockUser, updateUser } from './queries.js';

export type { PreferencesChange } from '../../../common/preferences.js';

// 'UTC' is not in the IANA list Intl reports, but is every account's default.
const TIME_ZONES = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);

function merge(current: Preferences, change: PreferencesChange): Preferences {
  if (change.timezone !== undefined && !TIME_ZONES.has(change.timezone)) {
    throw badRequest(`Unknown time zone "${change.timezone}".`, {
      timezone: 'is not a known time zone',
    });
  }
  const notifications = { ...current.notifications };
  for (const topic of NOTIFICATION_TOPICS)
    notifications[topic] = { ...notifications[topic], ...change.notifications?.[topic] };
  return { ...current, ...change, notifications };
}

/** What differs, as "timezone" or "notifications.newRelease.email", for the audit event. */
function changedKeys(before: Preferences, after: Preferences): string[] {
  const keys = (['timezone', 'language', 'theme', 'dateDisplay', 'density'] as const).filter(
    (key) => before[key] !== after[key],
  );
  const channels = NOTIFICATION_TOPICS.flatMap((topic) =>
    (['email', 'inPortal'] as const)
      .filter(
        (channel) => before.notifications[topic][channel] !== after.notifications[topic][channel],
      )
      .map((channel) => `notifications.${topic}.${channel}`),
  );
  return [...keys, ...channels];
}

export async function updatePreferences(
  ctx: AppContext,
  actor: AccountActor,
  change: PreferencesChange,
): Promise<Preferences> {
  const now = ctx.now();
  return inTransaction(ctx.db, async (trx) => {
    const before = parsePreferences((await lockUser(trx, actor.userId)).preferences);
    const after = merge(before, change);
    const changed = changedKeys(before, after);
    if (changed.length === 0) return before;
    await updateUser(trx, actor.userId, { preferences: JSON.stringify(after) }, now.toISOString());
    await recordAccountAudit(trx, {
      userId: actor.userId,
      type: 'settings',
      action: 'preferences.updated',
      message: `${actor.label} changed their settings (${changed.length === 1 ? changed[0] : `${changed.length} settings`})`,
      actor: { userId: actor.userId, label: actor.label },
      ip: actor.ip,
      target: { type: 'user', id: actor.userId },
      metadata: { changed },
      at: now,
    });
    return after;
  });
}
