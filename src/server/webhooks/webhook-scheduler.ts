import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { runJobOnce } from '../jobs/job-lock.js';
import { schedulePolledJob } from '../jobs/polled-job.js';
import { deliverDueWebhooks } from './deliver-webhooks.js';

export const WEBHOOK_JOB = 'webhooks';

/** One run of the sender under the job lease: with several instances, one sends at a time (decision 101). */
export function runWebhookJob(ctx: AppContext, periodMs: number): Promise<boolean> {
  return runJobOnce(ctx, WEBHOOK_JOB, periodMs, async () => {
    const delivered = await deliverDueWebhooks(ctx);
    return `${delivered} delivered`;
  });
}

/**
 * Sends due webhook deliveries every `seconds` in the background, never overlapping itself.
 * The returned stop waits for a run in flight (at most a time-out per delivery), so a
 * shutdown records the attempts it made; an attempt cut off is retried by a later run.
 */
export function scheduleWebhookDeliveries(
  ctx: AppContext,
  seconds: number,
  log: FastifyBaseLogger,
): () => Promise<void> {
  return schedulePolledJob(
    ctx,
    { name: WEBHOOK_JOB, seconds, run: () => runWebhookJob(ctx, seconds * 1000) },
    log,
  );
}
