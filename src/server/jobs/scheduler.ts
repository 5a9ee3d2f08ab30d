import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { purgeExpiredRecords } from './housekeeping.js';
import { runNotificationJob } from './notification-job.js';

/**
 * Runs the notification job and the purge of expired tokens and sessions in this process
 * every `minutes`, never overlapping itself. Several processes may each run them:
 * deliveries are claimed in the database, and a purge deletes only what is long expired.
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
      const delivered = await runNotificationJob(ctx);
      if (delivered > 0) log.info(`notification job: ${delivered} deliveries`);
      const purged = await purgeExpiredRecords(ctx.db, ctx.now());
      if (purged.accountTokens + purged.sessions > 0)
        log.info(purged, 'purged expired account tokens and sessions');
      ctx.metrics.jobRuns.inc({ job: 'notifications', outcome: 'ok' });
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
