import type { NotificationTopic } from '../../../common/preferences.js';
import type { Config } from '../../config.js';
import type { Secrets } from '../../crypto/secrets.js';
import { translator } from '../../i18n/translate.js';
import { composeMail } from '../../mail/compose.js';
import type { MailMessage } from '../../mail/mailer.js';
import type { Notice, Recipient } from './notice.js';
import { unsubscribeUrl } from './unsubscribe-token.js';

/**
 * A notice as email. A topic whose email the member chose gets one-click unsubscribe; a
 * mandatory one (password changed) says it is sent whatever the settings.
 */
export function noticeEmail(
  config: Config,
  secrets: Secrets,
  recipient: Recipient,
  notice: Notice,
  mandatory: boolean,
): MailMessage {
  const t = translator(recipient.language);
  const topic: NotificationTopic = notice.topic;
  return composeMail(config, {
    to: recipient.email,
    language: recipient.language,
    subject: notice.title,
    paragraphs: [notice.body],
    action: { url: `${config.publicUrl}${notice.link ?? '/'}`, label: t('mail.notice.action') },
    footer: {
      reason: mandatory ? t('mail.securityReason') : t('mail.layout.notificationReason'),
      link: { url: `${config.publicUrl}/settings`, label: t('mail.layout.notificationSettings') },
    },
    unsubscribeUrl: mandatory
      ? undefined
      : unsubscribeUrl(config.publicUrl, secrets, recipient.id, topic),
  });
}
