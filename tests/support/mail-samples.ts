import { DEFAULT_PREFERENCES, type Language } from '../../src/common/preferences.js';
import type { Config } from '../../src/server/config.js';
import { generateSecrets } from '../../src/server/crypto/secrets.js';
import { mailDate, mailDateTime } from '../../src/server/i18n/dates.js';
import { translator } from '../../src/server/i18n/translate.js';
import {
  emailChangedEmail,
  emailChangeEmail,
  passwordResetEmail,
} from '../../src/server/mail/account-emails.js';
import { assignmentEmail } from '../../src/server/mail/assignment-email.js';
import { invitationEmail } from '../../src/server/mail/invitation-email.js';
import type { MailMessage } from '../../src/server/mail/mailer.js';
import { renewalRequestEmail } from '../../src/server/mail/renewal-request-email.js';
import { noticeEmail } from '../../src/server/modules/notifications/notice-email.js';
import type { Notice, Recipient } from '../../src/server/modules/notifications/notice.js';

export interface MailSample {
  kind: string;
  mail: MailMessage;
  /** A notification the member can switch off: it carries List-Unsubscribe. */
  notification: boolean;
  /** The words of its button. */
  action: string;
}

const secrets = generateSecrets();
const AT = '2026-06-27T09:30:00.000Z';
const TOKEN = 'Xk3v9QeZb7TQd2mW8rYpLs4NcA1uHgJf5oE6iKzVxBw';

/** One mail of every kind the server sends, in `language`, with long real-world values. */
export function mailSamples(config: Config, language: Language): MailSample[] {
  const t = translator(language);
  const to = 'alice.moreau-lindqvist@northwind-robotics.example';
  const recipient: Recipient = {
    id: 7,
    email: to,
    preferences: { ...DEFAULT_PREFERENCES, timezone: 'Europe/Berlin' },
    language,
    t,
  };
  const organization = 'Northwind <Robotics> & Co';
  const product = 'Atlas CAD Studio Enterprise';
  const notice = (
    kind: string,
    topic: Notice['topic'],
    title: string,
    body: string,
    link: string,
    mandatory = false,
  ) => ({
    kind,
    mail: noticeEmail(
      config,
      secrets,
      recipient,
      { topic, organizationId: 1, title, body, link },
      mandatory,
    ),
    notification: !mandatory,
    action: t('mail.notice.action'),
  });
  const values = {
    product,
    organization,
    last4: '7Q2K',
    count: 12,
    date: mailDate(AT, language, 'Europe/Berlin'),
    used: 19,
    seats: 20,
    host: 'eng-workstation-031.build.northwind-robotics.example',
    since: mailDateTime(AT, language, 'Europe/Berlin'),
    version: '2026.2.0-rc.1',
    channel: t('labels.channel.beta'),
    device: 'Firefox on macOS',
    ip: '203.0.113.9',
    when: `${mailDateTime(AT, language, 'Europe/Berlin')} (Europe/Berlin)`,
  };
  return [
    {
      kind: 'invitation',
      mail: invitationEmail(config, {
        to,
        language,
        organizationName: organization,
        invitedBy: 'Alice Moreau',
        role: 'viewer',
        acceptUrl: `${config.publicUrl}/invite/${TOKEN}`,
        expiresAt: AT,
      }),
      notification: false,
      action: t('mail.invitation.action'),
    },
    ...[3, 0].map((quantity) => ({
      kind: quantity ? 'assignment' : 'assignment-ended',
      mail: assignmentEmail(config, {
        to,
        language,
        organizationName: organization,
        productName: product,
        entitlementPublicId: 'ENT-000104',
        quantity,
        changedBy: 'Alice Moreau',
      }),
      notification: false,
      action: t('mail.assignment.action'),
    })),
    {
      kind: 'renewal-request',
      mail: renewalRequestEmail(config, {
        to: 'renewals@vendor.example',
        organizationName: organization,
        productName: product,
        productCode: 'ATLAS-CAD-ENT',
        entitlementPublicId: 'ENT-000104',
        salesOrder: 'SO-2026-0042-NORTHWIND-EMEA',
        poNumber: 'PO-7781-AX',
        maskedKey: '••••-••••-••••-7Q2K',
        expiresAt: AT,
        seats: 20,
        seatsInUse: 19,
        requester: { name: 'Alice Moreau', email: to },
        message: 'We need 2 more seats.\nPlease quote for three years.',
      }),
      notification: false,
      action: translator('en')('mail.renewal.action', { requester: 'Alice Moreau' }),
    },
    {
      kind: 'password-reset',
      mail: passwordResetEmail(config, { to, language, token: TOKEN, minutes: 60 }),
      notification: false,
      action: t('mail.passwordReset.action'),
    },
    {
      kind: 'email-change',
      mail: emailChangeEmail(config, {
        to,
        language,
        token: TOKEN,
        name: 'Alice Moreau',
        oldEmail: 'alice@northwind.example',
      }),
      notification: false,
      action: t('mail.emailChange.action'),
    },
    {
      kind: 'email-changed',
      mail: emailChangedEmail(config, { to: 'alice@northwind.example', language, newEmail: to }),
      notification: false,
      action: t('mail.emailChanged.action'),
    },
    notice(
      'password-changed',
      'passwordChanged',
      t('notice.passwordChanged.title'),
      t('notice.passwordChanged.bodySessions', { count: 2 }),
      '/profile',
      true,
    ),
    notice(
      'new-sign-in',
      'newSignIn',
      t('notice.newSignIn.title'),
      t('notice.newSignIn.body', values),
      '/profile',
    ),
    notice(
      'license-expiring',
      'licenseExpiring15',
      t('notice.licenseExpiring.titleDays', values),
      t('notice.licenseExpiring.bodyDays', values),
      '/licenses',
    ),
    notice(
      'seats-over-90',
      'seatsOver90',
      t('notice.seatsOver90.title', values),
      t('notice.seatsOver90.body', values),
      '/activations',
    ),
    notice(
      'heartbeat-lost',
      'heartbeatLost',
      t('notice.heartbeatLost.title', values),
      t('notice.heartbeatLost.body', values),
      '/activations',
    ),
    notice(
      'new-release',
      'newRelease',
      t('notice.newRelease.title', values),
      t('notice.newRelease.body', values),
      '/downloads',
    ),
  ];
}
