import type { AppContext } from '../context.js';
import { claimDueDelivery } from './delivery-claim-queries.js';
import { dueMailDeliveries, recordMailAttempt } from './mail-delivery-queries.js';

/** Attempts before a delivery is given up: retried after 1, 2, 4, 8 and 16 minutes. */
export const MAX_MAIL_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
const BATCH = 200;
/** How long a delivery being sent stays claimed (SMTP timeouts are 10–20 s). */
const SENDING_MS = 5 * 60_000;

/** Minutes until the retry after `attempts` failed attempts: 1, 2, 4, 8, 16. */
export const retryDelayMs = (attempts: number) => FIRST_RETRY_MS * 2 ** (attempts - 1);

/**
 * Sends the queued emails that are due; a failed one is retried with exponential backoff
 * (each job run sends what has come due) and after MAX_MAIL_ATTEMPTS stays "failed" for
 * the vendor to see (`npm run cli -- deliveries list`). Returns how many were sent.
 */
export async function sendDueMails(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (const delivery of await dueMailDeliveries(ctx.db, ctx.now().toISOString(), BATCH)) {
    const until = new Date(ctx.now().getTime() + SENDING_MS).toISOString();
    const claim = { id: delivery.id, dueAt: delivery.next_attempt_at!, until };
    if (!(await claimDueDelivery(ctx.db, 'mail_deliveries', claim))) continue;
    const ok = await ctx.mailer.send({
      to: delivery.recipient,
      subject: delivery.subject,
      text: delivery.text_body,
      html: delivery.html_body,
    });
    const now = ctx.now();
    const attempts = delivery.attempts + 1;
    const givenUp = !ok && attempts >= MAX_MAIL_ATTEMPTS;
    await recordMailAttempt(ctx.db, {
      id: delivery.id,
      attempts,
      status: ok ? 'sent' : givenUp ? 'failed' : 'pending',
      nextAttemptAt:
        ok || givenUp ? null : new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
      error: ok
        ? null
        : 'the mail server refused the message or was unreachable (see the server log)',
      sentAt: ok ? now.toISOString() : null,
    });
    if (ok) sent++;
  }
  return sent;
}
