import type { Language } from '../../common/preferences.js';
import type { Config } from '../config.js';
import { translator, type Translate } from '../i18n/translate.js';
import { composeMail } from './compose.js';
import type { MailMessage } from './mailer.js';

/** Account mails are transactional: sent whatever the notification settings, no unsubscribe. */
interface AccountMail {
  to: string;
  language: Language;
}

type Kind = 'passwordReset' | 'emailChange' | 'emailChanged';

/** Subject and button from the kind's keys; the footer says why and links to the settings. */
function accountMail(
  config: Config,
  input: AccountMail,
  kind: Kind,
  content: (t: Translate) => { paragraphs: string[]; url: string; reason: string },
): MailMessage {
  const t = translator(input.language);
  const { paragraphs, url, reason } = content(t);
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: t(`mail.${kind}.subject`),
    paragraphs,
    action: { url, label: t(`mail.${kind}.action`) },
    footer: {
      reason,
      link: { url: `${config.publicUrl}/settings`, label: t('mail.layout.notificationSettings') },
    },
  });
}

export function passwordResetEmail(
  config: Config,
  input: AccountMail & { token: string; minutes: number },
): MailMessage {
  return accountMail(config, input, 'passwordReset', (t) => ({
    paragraphs: [
      t('mail.passwordReset.lead'),
      t('mail.passwordReset.expires', { minutes: input.minutes }),
    ],
    url: `${config.publicUrl}/reset-password?token=${input.token}`,
    reason: t('mail.passwordReset.reason'),
  }));
}

/** To the new address: the change happens only when its owner opens the link. */
export function emailChangeEmail(
  config: Config,
  input: AccountMail & { token: string; name: string; oldEmail: string },
): MailMessage {
  return accountMail(config, input, 'emailChange', (t) => ({
    paragraphs: [
      t('mail.emailChange.lead', { name: input.name, oldEmail: input.oldEmail }),
      t('mail.emailChange.expires'),
    ],
    url: `${config.publicUrl}/confirm-email?token=${input.token}`,
    reason: t('mail.emailChange.reason'),
  }));
}

/** To the old address, once the change is done. */
export function emailChangedEmail(
  config: Config,
  input: AccountMail & { newEmail: string },
): MailMessage {
  return accountMail(config, input, 'emailChanged', (t) => ({
    paragraphs: [
      t('mail.emailChanged.lead', { newEmail: input.newEmail }),
      t('mail.emailChanged.warning'),
    ],
    url: `${config.publicUrl}/login`,
    reason: t('mail.securityReason'),
  }));
}
