import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { deliverNotice, type Recipient } from '../modules/notifications/notice.js';
import { claimDelivery, membersOf, rearmDeliveries } from './delivery-queries.js';
import type { QueuedMail } from '../mail/mail-queue.js';
import { sendDueMails, sendQueuedMails } from './mail-outbox.js';
import {
  expiringLicenseOccasions,
  heartbeatLostOccasions,
  seatUsageOccasions,
} from './license-occasions.js';
import type { Occasion, Outlook } from './occasion.js';
import { newReleaseOccasions } from './release-occasions.js';
import { emitScheduledWebhookEvents } from './webhook-occasions.js';

/**
 * One run of the notification job: finds what members should hear about and tells each
 * at most once per subject, in the portal and by email as their settings say. Safe to run
 * in several processes at once: every delivery is claimed by a unique insert first.
 * Emails are queued with their notice and sent at the end of the run (and retried with
 * backoff when they fail: mail-outbox.ts). Expiries and lost heartbeats also go to the vendor's
 * webhooks (webhook-occasions.ts). Returns how many deliveries this run made.
 */
export async function runNotificationJob(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const [expiring, seats, heartbeats, releases] = await Promise.all([
    expiringLicenseOccasions(ctx.db, now),
    seatUsageOccasions(ctx.db, now),
    heartbeatLostOccasions(ctx.db, now),
    newReleaseOccasions(ctx.db, now),
  ]);
  await rearmDeliveries(
    ctx.db,
    'seatsOver90',
    seats.map((o) => o.subjectId),
  );
  await rearmDeliveries(
    ctx.db,
    'heartbeatLost',
    heartbeats.map((o) => o.subjectId),
  );

  const members = new Map<number, Promise<Recipient[]>>();
  const queued: QueuedMail[] = [];
  let delivered = 0;
  for (const occasion of [...expiring, ...seats, ...heartbeats, ...releases]) {
    if (!members.has(occasion.organizationId))
      members.set(occasion.organizationId, membersOf(ctx.db, occasion.organizationId));
    // Read before the deliveries' transactions, which may use only their own connection.
    const outlook = await occasion.outlook?.();
    for (const recipient of await members.get(occasion.organizationId)!) {
      const delivery = await deliverOnce(ctx, occasion, recipient, outlook);
      if (delivery === false) continue;
      delivered++;
      if (delivery !== null) queued.push(delivery);
    }
  }
  await emitScheduledWebhookEvents(ctx);
  await sendQueuedMails(ctx, queued);
  await sendDueMails(ctx);
  return delivered;
}

async function deliverOnce(
  ctx: AppContext,
  occasion: Occasion,
  recipient: Recipient,
  outlook: Outlook | undefined,
): Promise<QueuedMail | null | false> {
  return inTransaction(ctx.db, async (trx) => {
    const claim = {
      topic: occasion.topic,
      subjectId: occasion.subjectId,
      userId: recipient.id,
      now: ctx.now().toISOString(),
    };
    // false: another run or instance delivered it; null: delivered in the portal only.
    if (!(await claimDelivery(trx, claim))) return false;
    const notice = {
      topic: occasion.topic,
      organizationId: occasion.organizationId,
      ...occasion.describe(recipient, outlook),
    };
    return deliverNotice(ctx, trx, recipient, notice);
  });
}
