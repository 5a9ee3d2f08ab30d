import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { rollUpUsage } from '../modules/usage/rollup.js';
import { runJobOnce } from './job-lock.js';

export const USAGE_ROLLUP_JOB = 'usage-rollup';
/** How often each instance offers to roll up; a day waits at most this long after it settled. */
export const USAGE_ROLLUP_MINUTES = 60;

/** One run of the daily usage rollup under the job lease: one instance rolls up each period (decision 143). */
export function runUsageRollupJob(ctx: AppContext): Promise<boolean> {
  return runJobOnce(ctx, USAGE_ROLLUP_JOB, USAGE_ROLLUP_MINUTES * 60_000, async () => {
    const days = await rollUpUsage(ctx.db, ctx.now());
    return `${days} days rolled up`;
  });
}

/** Runs the usage rollup at start and every USAGE_ROLLUP_MINUTES, never overlapping itself. */
export function scheduleUsageRollup(ctx: AppContext, log: FastifyBaseLogger): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const ran = await runUsageRollupJob(ctx);
      ctx.metrics.jobRuns.inc({ job: USAGE_ROLLUP_JOB, outcome: ran ? 'ok' : 'skipped' });
    } catch (error) {
      ctx.metrics.jobRuns.inc({ job: USAGE_ROLLUP_JOB, outcome: 'failed' });
      log.error({ err: error }, 'usage rollup failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), USAGE_ROLLUP_MINUTES * 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
