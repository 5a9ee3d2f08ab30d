import type { AppContext } from '../context.js';
import { runJobOnce } from './job-lock.js';
import { sendDueMails } from './mail-outbox.js';

export const MAIL_JOB = 'mail';

/** One run of the mail sender under the job lease: with several instances, one sends at a time (decision 101). */
export function runMailJob(ctx: AppContext, periodMs: number): Promise<boolean> {
  return runJobOnce(ctx, MAIL_JOB, periodMs, async () => `${await sendDueMails(ctx)} sent`);
}

/** The mail sender as a polled job (schedulePolledJob): every MAIL_RETRY_SECONDS, what came due is sent. */
export const mailJob = (ctx: AppContext, seconds: number) => ({
  name: MAIL_JOB,
  seconds,
  run: () => runMailJob(ctx, seconds * 1000),
});
