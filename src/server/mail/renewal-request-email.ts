import type { Config } from '../config.js';
import { translator } from '../i18n/translate.js';
import { composeMail } from './compose.js';
import type { MailMessage } from './mailer.js';

export interface RenewalRequestEmailInput {
  to: string;
  organizationName: string;
  productName: string;
  productCode: string;
  entitlementPublicId: string;
  salesOrder: string;
  poNumber: string | null;
  maskedKey: string;
  expiresAt: string | null;
  seats: number;
  seatsInUse: number;
  requester: { name: string; email: string };
  message: string | null;
}

/**
 * The structured renewal request the vendor receives: one fact per line, so a person or a
 * mail parser can read it. In English: it goes to the vendor, not to a member.
 */
export function renewalRequestEmail(config: Config, input: RenewalRequestEmailInput): MailMessage {
  const t = translator('en');
  const names = {
    product: input.productName,
    entitlement: input.entitlementPublicId,
    organization: input.organizationName,
    requester: input.requester.name,
  };
  const facts: [string, string][] = [
    [t('mail.renewal.organization'), input.organizationName],
    [t('mail.renewal.product'), `${input.productName} (${input.productCode})`],
    [t('mail.renewal.license'), input.maskedKey],
    [t('mail.renewal.entitlement'), input.entitlementPublicId],
    [t('mail.renewal.salesOrder'), input.salesOrder],
    [t('mail.renewal.poNumber'), input.poNumber ?? '—'],
    [t('mail.renewal.expires'), input.expiresAt ?? t('mail.renewal.never')],
    [t('mail.renewal.seats'), String(input.seats)],
    [t('mail.renewal.seatsInUse'), String(input.seatsInUse)],
    [t('mail.renewal.requestedBy'), `${input.requester.name} <${input.requester.email}>`],
  ];
  const reply = new URLSearchParams({ subject: `Re: ${t('mail.renewal.subject', names)}` });
  return composeMail(config, {
    to: input.to,
    language: 'en',
    subject: t('mail.renewal.subject', names),
    paragraphs: [t('mail.renewal.lead', names)],
    facts,
    quote: input.message ? { label: t('mail.renewal.message'), text: input.message } : undefined,
    action: {
      url: `mailto:${input.requester.email}?${reply.toString().replace(/\+/g, '%20')}`,
      label: t('mail.renewal.action', names),
    },
    footer: {
      reason: t('mail.renewal.reason'),
      link: { url: `${config.publicUrl}/`, label: t('mail.layout.portal') },
    },
  });
}
