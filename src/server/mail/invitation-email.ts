import { DATE_TIME_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import { ROLE_LABELS, type Role } from '../../common/roles.js';
import { escapeHtml } from './escape-html.js';
import type { MailMessage } from './mailer.js';

export interface InvitationEmailInput {
  to: string;
  organizationName: string;
  invitedBy: string;
  role: Role;
  acceptUrl: string;
  expiresAt: string;
}

export function invitationEmail(input: InvitationEmailInput): MailMessage {
  const role = ROLE_LABELS[input.role];
  const expires = `${formatInTimeZone(input.expiresAt, 'UTC', DATE_TIME_FORMAT)} UTC`;
  const subject = `You are invited to ${input.organizationName} on the Customer Portal`;
  const text = [
    `${input.invitedBy} invited you to join ${input.organizationName} on the Customer Portal as ${role}.`,
    '',
    'Accept the invitation:',
    input.acceptUrl,
    '',
    `The link works once and expires on ${expires}.`,
    'If you did not expect this invitation, ignore this email.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
<p>${escapeHtml(input.invitedBy)} invited you to join <strong>${escapeHtml(input.organizationName)}</strong> on the Customer Portal as ${escapeHtml(role)}.</p>
<p><a href="${escapeHtml(input.acceptUrl)}">Accept the invitation</a></p>
<p>The link works once and expires on ${escapeHtml(expires)}.<br>If you did not expect this invitation, ignore this email.</p>
</body></html>`;
  return { to: input.to, subject, text, html };
}
