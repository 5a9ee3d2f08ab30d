import type { AppContext } from '../context.js';
import { MAIL_MESSAGE_PURPOSE, SecretBox } from '../crypto/secret-box.js';
import type { Trx } from '../db/transaction.js';
import {
  giveUpWaitingMails,
  insertMailDelivery,
  type MailDeliveryRow,
} from '../jobs/mail-delivery-queries.js';
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

/** The link a mail carries: when it stops working, and what it belongs to (see giveUpMails). */
export interface MailLink {
  expiresAt: string;
  key: string;
}

/** Keys of links that die before they expire: a resent or revoked invitation, a new email change, a new password. */
export const linkKeys = {
  invitation: (invitationId: number) => `invitation:${invitationId}`,
  emailChange: (userId: number) => `email-change:${userId}`,
  passwordReset: (userId: number) => `password-reset:${userId}`,
};

/**
 * Queues a mail in the transaction of the change it reports (a rollback sends nothing). Its
 * body is sealed: reset, email-change and invitation links carry one-time tokens. A mail with
 * a `link` is not sent after the link expires or is given up with giveUpMails.
 */
export async function queueMail(
  ctx: AppContext,
  trx: Trx,
  mail: MailMessage,
  link?: MailLink,
): Promise<QueuedMail> {
  const parts: SealedParts = { text: mail.text, html: mail.html, headers: mail.headers ?? null };
  const now = ctx.now();
  return insertMailDelivery(trx, {
    recipient: mail.to,
    subject: mail.subject,
    sealedMessage: boxOf(ctx).seal(JSON.stringify(parts)),
    expiresAt: link?.expiresAt ?? null,
    linkKey: link?.key ?? null,
    dueAt: new Date(now.getTime() + KICK_GRACE_MS).toISOString(),
    createdAt: now.toISOString(),
  });
}

/** In the transaction that makes a link die: its mails still waiting are not sent (and lose their message). */
export async function giveUpMails(trx: Trx, key: string, reason: string): Promise<void> {
  await giveUpWaitingMails(trx, key, `not sent: ${reason}`);
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
