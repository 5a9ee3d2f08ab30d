import type { Language } from '../../common/preferences.js';
import type { Role } from '../../common/roles.js';
import type { Config } from '../config.js';
import { mailDateTime } from '../i18n/dates.js';
import { translator } from '../i18n/translate.js';
import { composeMail } from './compose.js';
import type { MailMessage } from './mailer.js';

export interface InvitationEmailInput {
  to: string;
  /** The invitee's language if they have an account, else the inviter's, else English. */
  language: Language;
  organizationName: string;
  invitedBy: string;
  role: Role;
  acceptUrl: string;
  expiresAt: string;
}

export function invitationEmail(config: Config, input: InvitationEmailInput): MailMessage {
  const t = translator(input.language);
  const names = { organization: input.organizationName, invitedBy: input.invitedBy };
  const expires = `${mailDateTime(input.expiresAt, input.language, 'UTC')} UTC`;
  return composeMail(config, {
    to: input.to,
    language: input.language,
    subject: t('mail.invitation.subject', names),
    paragraphs: [
      t('mail.invitation.lead', { ...names, role: t(`labels.role.${input.role}`) }),
      `${t('mail.invitation.expires', { expires })} ${t('mail.invitation.ignore')}`,
    ],
    action: { url: input.acceptUrl, label: t('mail.invitation.action') },
    footer: {
      reason: t('mail.invitation.reason', names),
      link: { url: `${config.publicUrl}/`, label: t('mail.layout.portal') },
    },
  });
}
