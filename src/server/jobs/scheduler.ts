import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { runNotificationJob } from './notification-job.js';

/**
 * Runs the notification job in this process every `minutes`, never overlapping itself.
 * Several processes may each run it: deliveries are claimed in the database.
 */
export function scheduleNotificationJob(ctx: AppContext, minutes: number, log: FastifyBaseLogger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const delivered = await runNotificationJob(ctx);
      if (delivered > 0) log.info(`notification job: ${delivered} deliveries`);
    } catch (error) {
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
