import type { AppContext } from '../context.js';
import { openQueuedMail, type QueuedMail } from '../mail/mail-queue.js';
import type { MailMessage } from '../mail/mailer.js';
import { claimDueDelivery } from './delivery-claim-queries.js';
import {
  dueMailDeliveries,
  pendingMailDeliveries,
  recordMailAttempt,
  type MailDeliveryRow,
} from './mail-delivery-queries.js';

/** Attempts before a delivery is given up: retried after 1, 2, 4, 8 and 16 minutes. */
export const MAX_MAIL_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
const BATCH = 200;
/** How long a delivery being sent stays claimed (SMTP timeouts are 10–20 s). */
const SENDING_MS = 5 * 60_000;
const EXPIRED = 'not sent: the link in it had expired before the mail server took it';
const UNREADABLE = 'not sent: its sealed message does not open with the current secrets';

/** Minutes until the retry after `attempts` failed attempts: 1, 2, 4, 8, 16. */
export const retryDelayMs = (attempts: number) => FIRST_RETRY_MS * 2 ** (attempts - 1);

/** The message to send, or why the delivery is given up without an attempt. */
function messageOf(ctx: AppContext, delivery: MailDeliveryRow): MailMessage | { refusal: string } {
  if (delivery.expires_at !== null && delivery.expires_at <= ctx.now().toISOString())
    return { refusal: EXPIRED };
  try {
    return openQueuedMail(ctx, delivery);
  } catch {
    return { refusal: UNREADABLE };
  }
}

/**
 * One attempt at a delivery, if this sender claims it (only one sender of any instance does:
 * claimDueDelivery). Records the outcome; a delivery that is done loses its message.
 * Resolves whether the mail server took it now.
 */
async function attemptDelivery(ctx: AppContext, delivery: MailDeliveryRow): Promise<boolean> {
  const until = new Date(ctx.now().getTime() + SENDING_MS).toISOString();
  const claim = { id: delivery.id, dueAt: delivery.next_attempt_at!, until };
  if (!(await claimDueDelivery(ctx.db, 'mail_deliveries', claim))) return false;
  const message = messageOf(ctx, delivery);
  const refused = 'refusal' in message;
  const outcome = refused
    ? ({ sent: false, error: message.refusal } as const)
    : await ctx.mailer.send(message);
  const now = ctx.now();
  const attempts = delivery.attempts + (refused ? 0 : 1);
  const givenUp = !outcome.sent && (refused || attempts >= MAX_MAIL_ATTEMPTS);
  await recordMailAttempt(ctx.db, {
    id: delivery.id,
    attempts,
    status: outcome.sent ? 'sent' : givenUp ? 'failed' : 'pending',
    nextAttemptAt:
      outcome.sent || givenUp
        ? null
        : new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
    error: outcome.sent ? null : outcome.error,
    sentAt: outcome.sent ? now.toISOString() : null,
  });
  return outcome.sent;
}

/**
 * Sends what a request queued, right after its commit (decision 140), so nobody waits for the
 * next run of the sender. Resolves whether every one was taken by the mail server now; one
 * that was not is retried by the scheduled sender with backoff.
 */
export async function sendQueuedMails(
  ctx: AppContext,
  queued: (QueuedMail | null)[],
): Promise<boolean> {
  const ids = queued.filter((id): id is QueuedMail => id !== null);
  let all = true;
  for (const delivery of await pendingMailDeliveries(ctx.db, ids))
    if (!(await attemptDelivery(ctx, delivery))) all = false;
  return all;
}

/**
 * Sends the queued emails that are due: retries with exponential backoff, and mails whose
 * request never sent them (its process stopped). After MAX_MAIL_ATTEMPTS a delivery stays
 * "failed" for the vendor to see (`npm run cli -- deliveries list`). Returns how many were sent.
 */
export async function sendDueMails(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (const delivery of await dueMailDeliveries(ctx.db, ctx.now().toISOString(), BATCH))
    if (await attemptDelivery(ctx, delivery)) sent++;
  return sent;
}
