import { escapeHtml } from './escape-html.js';
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

/** The structured renewal request the vendor receives: one fact per line, so a person or a mail parser can read it. */
export function renewalRequestEmail(input: RenewalRequestEmailInput): MailMessage {
  const facts: [string, string][] = [
    ['Organization', input.organizationName],
    ['Product', `${input.productName} (${input.productCode})`],
    ['License', input.maskedKey],
    ['Entitlement', input.entitlementPublicId],
    ['Sales order', input.salesOrder],
    ['PO number', input.poNumber ?? '—'],
    ['Expires (UTC)', input.expiresAt ?? 'never'],
    ['Seats', String(input.seats)],
    ['Seats in use', String(input.seatsInUse)],
    ['Requested by', `${input.requester.name} <${input.requester.email}>`],
  ];
  const subject = `Renewal request: ${input.productName}, ${input.entitlementPublicId} (${input.organizationName})`;
  const text = [
    `${input.requester.name} of ${input.organizationName} asks to renew this license.`,
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    ...(input.message ? ['', 'Message:', input.message] : []),
  ].join('\n');
  const rows = facts
    .map(
      ([label, value]) =>
        `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
<p>${escapeHtml(input.requester.name)} of ${escapeHtml(input.organizationName)} asks to renew this license.</p>
<table>${rows}</table>
${input.message ? `<p><strong>Message:</strong><br>${escapeHtml(input.message).replace(/\n/g, '<br>')}</p>` : ''}
</body></html>`;
  return { to: input.to, subject, text, html };
}
