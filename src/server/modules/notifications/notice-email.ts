import { escapeHtml } from '../../mail/escape-html.js';
import type { MailMessage } from '../../mail/mailer.js';

export interface NoticeEmailInput {
  to: string;
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** An absolute link and the words of its button. */
  action?: { url: string; label: string };
  footer?: string;
}

const DEFAULT_FOOTER =
  'You receive this because of your notification settings in the Customer Portal.';

/** One layout for every account and notification email, as text and as escaped HTML. */
export function noticeEmail(input: NoticeEmailInput): MailMessage {
  const footer = input.footer ?? DEFAULT_FOOTER;
  const text = [
    ...input.paragraphs,
    ...(input.action ? [`${input.action.label}:`, input.action.url] : []),
    '',
    footer,
  ].join('\n\n');
  const paragraphs = input.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const action = input.action
    ? `<p><a href="${escapeHtml(input.action.url)}">${escapeHtml(input.action.label)}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><body style="font-family: sans-serif; line-height: 1.5">
${paragraphs}
${action}
<p style="color: #666; font-size: 0.9em">${escapeHtml(footer)}</p>
</body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}
