import {
  parsePreferences,
  type NotificationTopic,
  type Preferences,
} from '../../../common/preferences.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Trx } from '../../db/transaction.js';
import type { MailMessage } from '../../mail/mailer.js';
import { noticeEmail } from './notice-email.js';
import { findRecipientRow, insertNotification } from './queries.js';

export interface Recipient {
  id: number;
  email: string;
  preferences: Preferences;
}

export interface Notice {
  topic: NotificationTopic;
  organizationId: number | null;
  title: string;
  body: string;
  /** A path in the portal, e.g. "/licenses". */
  link?: string;
}

export async function loadRecipient(db: Db, userId: number): Promise<Recipient> {
  const row = await findRecipientRow(db, userId);
  return { id: row.id, email: row.email, preferences: parsePreferences(row.preferences) };
}

/**
 * Writes the in-portal notification in the caller's transaction when the recipient wants
 * it, and returns the email to send after commit when they want that (or it is mandatory).
 */
export async function deliverNotice(
  ctx: AppContext,
  trx: Trx,
  recipient: Recipient,
  notice: Notice,
  options: { emailRequired?: boolean } = {},
): Promise<MailMessage | null> {
  const channels = recipient.preferences.notifications[notice.topic];
  if (channels.inPortal) {
    await insertNotification(trx, {
      user_id: recipient.id,
      organization_id: notice.organizationId,
      topic: notice.topic,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
      created_at: ctx.now().toISOString(),
    });
  }
  if (!channels.email && !options.emailRequired) return null;
  return noticeEmail({
    to: recipient.email,
    subject: notice.title,
    paragraphs: [notice.body],
    action: notice.link
      ? { url: `${ctx.config.publicUrl}${notice.link}`, label: 'Open the Customer Portal' }
      : undefined,
  });
}

/** Hands committed mails to the mailer, which logs any it cannot deliver: the change they report stands. */
export async function sendMails(ctx: AppContext, mails: (MailMessage | null)[]): Promise<void> {
  for (const mail of mails) if (mail) await ctx.mailer.send(mail);
}
