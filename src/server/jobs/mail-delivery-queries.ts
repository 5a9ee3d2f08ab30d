import type { Db } from '../db/database.js';
import type { MailDeliveryStatus } from '../db/schema.js';
import type { MailMessage } from '../mail/mailer.js';

/** Queues an email in the caller's transaction: it is sent after the commit, or never if it rolls back. */
export async function queueMailDelivery(trx: Db, mail: MailMessage, now: string): Promise<void> {
  await trx
    .insertInto('mail_deliveries')
    .values({
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      status: 'pending',
      next_attempt_at: now,
      created_at: now,
    })
    .execute();
}

export async function dueMailDeliveries(db: Db, now: string, limit: number) {
  return db
    .selectFrom('mail_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Records one attempt; `nextAttemptAt` null with a failure means given up. */
export async function recordMailAttempt(
  db: Db,
  attempt: {
    id: number;
    attempts: number;
    status: MailDeliveryStatus;
    nextAttemptAt: string | null;
    error: string | null;
    sentAt: string | null;
  },
): Promise<void> {
  await db
    .updateTable('mail_deliveries')
    .set({
      attempts: attempt.attempts,
      status: attempt.status,
      next_attempt_at: attempt.nextAttemptAt,
      last_error: attempt.error,
      sent_at: attempt.sentAt,
    })
    .where('id', '=', attempt.id)
    .execute();
}

export async function listMailDeliveries(
  db: Db,
  filter: { status?: MailDeliveryStatus; limit: number },
) {
  let query = db
    .selectFrom('mail_deliveries')
    .select([
      'id',
      'recipient',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'created_at',
      'sent_at',
    ])
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.execute();
}
