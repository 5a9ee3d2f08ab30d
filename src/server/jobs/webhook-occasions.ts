import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { HEARTBEAT_MONITOR } from '../licensing/public-api.js';
import { activationEndedOnce, webhookActivation, webhookLicense } from '../webhooks/event-data.js';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event.js';
import { DAY_MS } from './occasion.js';
import { expiringLicenseRows } from './occasion-queries.js';
import { lostHeartbeatsForWebhooks } from './webhook-occasion-queries.js';

/** The reminder a license has reached: within 30, 15 or 1 day(s) of its expiry. */
const thresholdOf = (remainingMs: number): 30 | 15 | 1 =>
  remainingMs <= DAY_MS ? 1 : remainingMs <= 15 * DAY_MS ? 15 : 30;

/**
 * What the notification job tells webhooks (decision 128): license.expiring at 30, 15 and 1
 * day(s) before, license.expired, and activation.ended for activations whose heartbeats
 * stopped. Each once per license and expiry (or activation), however often the job runs.
 */
export async function emitScheduledWebhookEvents(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  for (const row of await expiringLicenseRows(ctx.db, now)) {
    const license = webhookLicense(row);
    const remaining = Date.parse(row.expires_at!) - now.getTime();
    const once = `${row.id}:${row.expires_at}`;
    await inTransaction(ctx.db, (trx) =>
      remaining <= 0
        ? emitWebhookEvent(
            trx,
            row.organization_id,
            'license.expired',
            { license, expiresAt: row.expires_at! },
            now,
            `license.expired:${once}`,
          )
        : emitWebhookEvent(
            trx,
            row.organization_id,
            'license.expiring',
            { license, expiresAt: row.expires_at!, threshold: thresholdOf(remaining) },
            now,
            `license.expiring:${once}:${thresholdOf(remaining)}`,
          ),
    );
  }
  for (const row of await lostHeartbeatsForWebhooks(ctx.db, now)) {
    const ended = {
      license: webhookLicense({ ...row, id: row.license_id }),
      activation: webhookActivation(row),
      seats: { total: row.seats, live: Number(row.live_seats ?? 0) },
      endedAt: row.heartbeat_deadline!,
      endedBy: HEARTBEAT_MONITOR.label,
      reason: 'heartbeat_expired' as const,
    };
    await inTransaction(ctx.db, (trx) =>
      emitWebhookEvent(
        trx,
        row.organization_id,
        'activation.ended',
        ended,
        now,
        activationEndedOnce(row.id),
      ),
    );
  }
}
