import type { Db } from '../db/database.js';
import type { MailDeliveryStatus } from '../db/schema/events.js';

/**
 * Queues a sealed email in the caller's transaction: it is sent after the commit, or never if
 * it rolls back. Returns its delivery id, which the caller hands to the sender after the commit.
 */
export async function insertMailDelivery(
  trx: Db,
  mail: {
    recipient: string;
    subject: string;
    sealedMessage: string;
    expiresAt: string | null;
    linkKey: string | null;
    /** When the background sender may first take it (the request sends it before). */
    dueAt: string;
    createdAt: string;
  },
): Promise<number> {
  const row = await trx
    .insertInto('mail_deliveries')
    .values({
      recipient: mail.recipient,
      subject: mail.subject,
      text_body: '',
      html_body: '',
      headers: null,
      sealed_message: mail.sealedMessage,
      expires_at: mail.expiresAt,
      link_key: mail.linkKey,
      status: 'pending',
      next_attempt_at: mail.dueAt,
      created_at: mail.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Gives up the mails still waiting whose link died (`linkKey`), with the reason; returns how many. */
export async function giveUpWaitingMails(trx: Db, linkKey: string, reason: string) {
  const result = await trx
    .updateTable('mail_deliveries')
    .set({
      status: 'failed',
      next_attempt_at: null,
      last_error: reason,
      sealed_message: null,
      text_body: '',
      html_body: '',
      headers: null,
    })
    .where('link_key', '=', linkKey)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
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

/** The named deliveries that are still waiting: what a request queued, sent right after its commit. */
export async function pendingMailDeliveries(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('mail_deliveries')
    .selectAll()
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .orderBy('id')
    .execute();
}

export type MailDeliveryRow = Awaited<ReturnType<typeof dueMailDeliveries>>[number];

/**
 * Records one attempt; `nextAttemptAt` null with a failure means given up. A delivery that
 * is done (sent or given up) loses its message: the record stays, the link in it does not.
 */
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
  const done = attempt.status !== 'pending';
  await db
    .updateTable('mail_deliveries')
    .set({
      attempts: attempt.attempts,
      status: attempt.status,
      next_attempt_at: attempt.nextAttemptAt,
      last_error: attempt.error,
      sent_at: attempt.sentAt,
      ...(done ? { sealed_message: null, text_body: '', html_body: '', headers: null } : {}),
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
