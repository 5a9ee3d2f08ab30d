import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { runJobOnce } from '../jobs/job-lock.js';
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
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const ran = await runWebhookJob(ctx, seconds * 1000);
        if (ran) ctx.metrics.jobRuns.inc({ job: WEBHOOK_JOB, outcome: 'ok' });
      } catch (error) {
        ctx.metrics.jobRuns.inc({ job: WEBHOOK_JOB, outcome: 'failed' });
        log.error({ err: error }, 'webhook sender failed');
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
