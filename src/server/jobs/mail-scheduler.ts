import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.js';
import { runJobOnce } from './job-lock.js';
import { sendDueMails } from './mail-outbox.js';
import { schedulePolledJob } from './polled-job.js';

export const MAIL_JOB = 'mail';

/** One run of the mail sender under the job lease: with several instances, one sends at a time (decision 101). */
export function runMailJob(ctx: AppContext, periodMs: number): Promise<boolean> {
  return runJobOnce(ctx, MAIL_JOB, periodMs, async () => `${await sendDueMails(ctx)} sent`);
}

/** Sends the mails that came due (retries, and any whose request did not send it) every `seconds` (MAIL_RETRY_SECONDS). */
export function scheduleMailDeliveries(
  ctx: AppContext,
  seconds: number,
  log: FastifyBaseLogger,
): () => Promise<void> {
  return schedulePolledJob(
    ctx,
    { name: MAIL_JOB, seconds, run: () => runMailJob(ctx, seconds * 1000) },
    log,
  );
}
