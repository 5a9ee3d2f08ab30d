import type { AppContext } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { claimDueDelivery } from '../jobs/delivery-claim-queries.js';
import { dueDeliveries, recordAttempt, type DeliveryWithMessage } from './outbox-queries.js';
import { nextAttemptAt } from './retry-schedule.js';
import { sendWebhook } from './send-webhook.js';
import { signatureHeader, webhookSecretBox } from './webhook-secrets.js';

const BATCH = 100;
/** Deliveries sent at once by one run: a hanging receiver holds one of them for the time-out. */
const PARALLEL = 8;

/**
 * One pass of the background sender: every pending delivery that is due is claimed, signed
 * (Standard Webhooks), POSTed and its attempt recorded with the next one scheduled
 * (retry-schedule.ts). Runs after the commits that queued them, never in a request.
 * Returns how many were delivered.
 */
export async function deliverDueWebhooks(ctx: AppContext): Promise<number> {
  const due = await dueDeliveries(ctx.db, ctx.now().toISOString(), BATCH);
  let delivered = 0;
  const queue = [...due];
  const worker = async () => {
    for (let delivery = queue.shift(); delivery; delivery = queue.shift()) {
      if (await deliverOne(ctx, delivery)) delivered++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, due.length) }, worker));
  return delivered;
}

async function deliverOne(ctx: AppContext, delivery: DeliveryWithMessage): Promise<boolean> {
  const timeoutSeconds = ctx.config.webhooks.timeoutSeconds;
  const claimedAt = ctx.now();
  const claim = {
    id: delivery.id,
    dueAt: delivery.next_attempt_at!,
    // Long enough to outlast the attempt; a sender that died leaves it due again after this.
    until: new Date(claimedAt.getTime() + (timeoutSeconds + 60) * 1000).toISOString(),
  };
  if (!(await claimDueDelivery(ctx.db, 'webhook_deliveries', claim))) return false;

  const signature = signatureHeader(webhookSecretBox(ctx.secrets), delivery, {
    id: delivery.message_id,
    at: claimedAt,
    body: delivery.payload,
  });
  const outcome = await sendWebhook({
    url: delivery.url,
    body: delivery.payload,
    timeoutSeconds,
    headers: {
      'webhook-id': delivery.message_id,
      'webhook-timestamp': String(Math.floor(claimedAt.getTime() / 1000)),
      'webhook-signature': signature,
    },
  });

  const attempt = delivery.attempts + 1;
  const firstAttemptAt = delivery.first_attempt_at ?? claimedAt.toISOString();
  const next = outcome.ok ? null : nextAttemptAt(new Date(firstAttemptAt), attempt, claimedAt);
  await inTransaction(ctx.db, (trx) =>
    recordAttempt(
      trx,
      {
        delivery_id: delivery.id,
        attempt,
        attempted_at: claimedAt.toISOString(),
        status_code: outcome.statusCode,
        duration_ms: outcome.durationMs,
        error: outcome.error,
        next_attempt_at: next?.toISOString() ?? null,
      },
      {
        status: outcome.ok ? 'delivered' : next ? 'pending' : 'failed',
        firstAttemptAt,
        deliveredAt: outcome.ok ? ctx.now().toISOString() : null,
      },
    ),
  );
  ctx.metrics.webhookAttempts.inc({ outcome: outcome.ok ? 'delivered' : 'failed' });
  return outcome.ok;
}
