import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { deliverNotice, type Recipient } from '../modules/notifications/notice.js';
import { claimDelivery, membersOf, rearmDeliveries } from './delivery-queries.js';
import { queueMailDelivery } from './mail-delivery-queries.js';
import { sendDueMails } from './mail-outbox.js';
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
 * Emails are queued with their notice and sent at the end of the run (and retried by later
 * runs when they fail: mail-outbox.ts). Expiries and lost heartbeats also go to the vendor's
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
  let delivered = 0;
  for (const occasion of [...expiring, ...seats, ...heartbeats, ...releases]) {
    if (!members.has(occasion.organizationId))
      members.set(occasion.organizationId, membersOf(ctx.db, occasion.organizationId));
    // Read before the deliveries' transactions, which may use only their own connection.
    const outlook = await occasion.outlook?.();
    for (const recipient of await members.get(occasion.organizationId)!) {
      if (await deliverOnce(ctx, occasion, recipient, outlook)) delivered++;
    }
  }
  await emitScheduledWebhookEvents(ctx);
  await sendDueMails(ctx);
  return delivered;
}

async function deliverOnce(
  ctx: AppContext,
  occasion: Occasion,
  recipient: Recipient,
  outlook: Outlook | undefined,
): Promise<boolean> {
  return inTransaction(ctx.db, async (trx) => {
    const claim = {
      topic: occasion.topic,
      subjectId: occasion.subjectId,
      userId: recipient.id,
      now: ctx.now().toISOString(),
    };
    if (!(await claimDelivery(trx, claim))) return false;
    const notice = {
      topic: occasion.topic,
      organizationId: occasion.organizationId,
      ...occasion.describe(recipient, outlook),
    };
    const mail = await deliverNotice(ctx, trx, recipient, notice);
    if (mail) await queueMailDelivery(trx, mail, claim.now);
    return true;
  });
}
