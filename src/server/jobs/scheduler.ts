import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { purgeExpiredRecords } from './housekeeping.js';
import { runJobOnce } from './job-lock.js';
import { runNotificationJob } from './notification-job.js';

/**
 * Runs the notification job and the purge of expired tokens and sessions every `minutes`,
 * never overlapping itself; with several instances, one of them runs each period's run
 * (runJobOnce, decision 101), and deliveries are still claimed in the database.
 */
export function scheduleNotificationJob(
  ctx: AppContext,
  minutes: number,
  log: FastifyBaseLogger,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const ran = await runJobOnce(ctx, 'notifications', minutes * 60_000, async () => {
        const delivered = await runNotificationJob(ctx);
        if (delivered > 0) log.info(`notification job: ${delivered} deliveries`);
        const purged = await purgeExpiredRecords(ctx.db, ctx.now());
        if (purged.accountTokens + purged.sessions + purged.idempotencyKeys > 0)
          log.info(purged, 'purged expired account tokens, sessions and idempotency keys');
        return `${delivered} deliveries`;
      });
      // "skipped": another instance holds this period's run.
      ctx.metrics.jobRuns.inc({ job: 'notifications', outcome: ran ? 'ok' : 'skipped' });
    } catch (error) {
      ctx.metrics.jobRuns.inc({ job: 'notifications', outcome: 'failed' });
      log.error({ err: error }, 'notification job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), minutes * 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
