import type { AppContext } from '../context.js';
import { MAIL_MESSAGE_PURPOSE, SecretBox } from '../crypto/secret-box.js';
import type { Trx } from '../db/transaction.js';
import { insertMailDelivery, type MailDeliveryRow } from '../jobs/mail-delivery-queries.js';
import type { MailMessage } from './mailer.js';

/** A mail queued in a transaction (its delivery id): hand it to sendQueuedMails after the commit. */
export type QueuedMail = number;

/**
 * How long a fresh mail is left to the request that queued it before the background sender may
 * take it, so the request's own send right after its commit is the one that goes out.
 */
export const KICK_GRACE_MS = 60_000;

const boxOf = (ctx: AppContext) =>
  new SecretBox(ctx.secrets.licenseKeyEncryption, MAIL_MESSAGE_PURPOSE);

interface SealedParts {
  text: string;
  html: string;
  headers: Record<string, string> | null;
}

/**
 * Queues a mail in the transaction of the change it reports (a rollback sends nothing). Its
 * body is sealed: reset, email-change and invitation links carry one-time tokens. A mail with
 * `expiresAt` (when its link stops working) is not sent after it.
 */
export async function queueMail(
  ctx: AppContext,
  trx: Trx,
  mail: MailMessage,
  options: { expiresAt?: string } = {},
): Promise<QueuedMail> {
  const parts: SealedParts = { text: mail.text, html: mail.html, headers: mail.headers ?? null };
  const now = ctx.now();
  return insertMailDelivery(trx, {
    recipient: mail.to,
    subject: mail.subject,
    sealedMessage: boxOf(ctx).seal(JSON.stringify(parts)),
    expiresAt: options.expiresAt ?? null,
    dueAt: new Date(now.getTime() + KICK_GRACE_MS).toISOString(),
    createdAt: now.toISOString(),
  });
}

/** The message of a queued delivery (rows queued before migration 023 hold it in clear). */
export function openQueuedMail(ctx: AppContext, row: MailDeliveryRow): MailMessage {
  const parts: SealedParts =
    row.sealed_message === null
      ? {
          text: row.text_body,
          html: row.html_body,
          headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : null,
        }
      : (JSON.parse(boxOf(ctx).open(row.sealed_message)) as SealedParts);
  return {
    to: row.recipient,
    subject: row.subject,
    text: parts.text,
    html: parts.html,
    ...(parts.headers ? { headers: parts.headers } : {}),
  };
}
