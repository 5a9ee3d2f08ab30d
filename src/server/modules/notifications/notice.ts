import {
  parsePreferences,
  type Language,
  type NotificationTopic,
  type Preferences,
} from '../../../common/preferences.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Trx } from '../../db/transaction.js';
import { memberLanguage } from '../../i18n/language.js';
import { translator, type Translate } from '../../i18n/translate.js';
import { queueMail, type QueuedMail } from '../../mail/mail-queue.js';
import { noticeEmail } from './notice-email.js';
import { findPreferencesByEmail, findRecipientRow, insertNotification } from './queries.js';

export interface Recipient {
  id: number;
  email: string;
  preferences: Preferences;
  /** What the member reads (memberLanguage): notices and mails are written in it. */
  language: Language;
  t: Translate;
}

export function recipientOf(row: { id: number; email: string; preferences: string }): Recipient {
  const preferences = parsePreferences(row.preferences);
  const language = memberLanguage(preferences);
  return { id: row.id, email: row.email, preferences, language, t: translator(language) };
}

export interface Notice {
  topic: NotificationTopic;
  organizationId: number | null;
  /** Title and body in the recipient's language (recipient.t). */
  title: string;
  body: string;
  /** A path in the portal, e.g. "/licenses". */
  link?: string;
}

export async function loadRecipient(db: Db, userId: number): Promise<Recipient> {
  return recipientOf(await findRecipientRow(db, userId));
}

/**
 * The language of a mail to an address: its account's, else that of the member who caused
 * the mail (the inviter), else English (the vendor, or no one).
 */
export async function languageForAddress(
  db: Db,
  email: string,
  causedBy: number | null,
): Promise<Language> {
  const own = await findPreferencesByEmail(db, email);
  if (own !== undefined) return memberLanguage(parsePreferences(own));
  if (causedBy === null) return 'en';
  return memberLanguage(parsePreferences((await findRecipientRow(db, causedBy)).preferences));
}

/**
 * Writes the in-portal notification in the caller's transaction when the recipient wants
 * it, and queues the email in it when they want that (or it is mandatory): hand the returned
 * mail to sendQueuedMails after the commit.
 */
export async function deliverNotice(
  ctx: AppContext,
  trx: Trx,
  recipient: Recipient,
  notice: Notice,
  options: { emailRequired?: boolean } = {},
): Promise<QueuedMail | null> {
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
  return queueMail(
    ctx,
    trx,
    noticeEmail(ctx.config, ctx.secrets, recipient, notice, !channels.email),
  );
}
