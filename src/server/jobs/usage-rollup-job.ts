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

/** The rollup as a polled job (schedulePolledJob): at start and every USAGE_ROLLUP_MINUTES. */
export const usageRollupJob = (ctx: AppContext) => ({
  name: USAGE_ROLLUP_JOB,
  seconds: USAGE_ROLLUP_MINUTES * 60,
  run: () => runUsageRollupJob(ctx),
});
