import type { Language } from '../../common/preferences.js';
import type { Config } from '../config.js';
import { translator } from '../i18n/translate.js';
import { composeMail } from './compose.js';
import type { MailMessage } from './mailer.js';

/** Account mails are transactional: sent whatever the notification settings, no unsubscribe. */
interface AccountMail {
  to: string;
  language: Language;
}

const settingsLink = (config: Config, language: Language) => ({
  url: `${config.publicUrl}/settings`,
  label: translator(language)('mail.layout.notificationSettings'),
});

export function passwordResetEmail(
  config: Config,
  input: AccountMail & { token: string; minutes: number },
): MailMessage {
  const t = translator(input.language);
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: t('mail.passwordReset.subject'),
    paragraphs: [
      t('mail.passwordReset.lead'),
      t('mail.passwordReset.expires', { minutes: input.minutes }),
    ],
    action: {
      url: `${config.publicUrl}/reset-password?token=${input.token}`,
      label: t('mail.passwordReset.action'),
    },
    footer: { reason: t('mail.passwordReset.reason'), link: settingsLink(config, input.language) },
  });
}

/** To the new address: the change happens only when its owner opens the link. */
export function emailChangeEmail(
  config: Config,
  input: AccountMail & { token: string; name: string; oldEmail: string },
): MailMessage {
  const t = translator(input.language);
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: t('mail.emailChange.subject'),
    paragraphs: [
      t('mail.emailChange.lead', { name: input.name, oldEmail: input.oldEmail }),
      t('mail.emailChange.expires'),
    ],
    action: {
      url: `${config.publicUrl}/confirm-email?token=${input.token}`,
      label: t('mail.emailChange.action'),
    },
    footer: { reason: t('mail.emailChange.reason'), link: settingsLink(config, input.language) },
  });
}

/** To the old address, once the change is done. */
export function emailChangedEmail(
  config: Config,
  input: AccountMail & { newEmail: string },
): MailMessage {
  const t = translator(input.language);
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: t('mail.emailChanged.subject'),
    paragraphs: [
      t('mail.emailChanged.lead', { newEmail: input.newEmail }),
      t('mail.emailChanged.warning'),
    ],
    action: { url: `${config.publicUrl}/login`, label: t('mail.emailChanged.action') },
    footer: { reason: t('mail.securityReason'), link: settingsLink(config, input.language) },
  });
}
