import type { Config } from '../config.js';
import type { Language } from '../../common/preferences.js';
import { translator } from '../i18n/translate.js';
import { escapeHtml } from './escape-html.js';
import { compiledLayout, fillLayout } from './layout.js';
import type { MailMessage } from './mailer.js';

interface Link {
  url: string;
  label: string;
}

/** One mail's words, in its recipient's language; compose() lays them out as HTML and text. */
export interface MailContent {
  to: string;
  language: Language;
  subject: string;
  paragraphs: string[];
  /** A numbered list after the paragraphs ("To activate it:" and its steps). */
  steps?: { intro: string; items: string[] };
  /** Label and value pairs, shown as a table (and one per line in the text part). */
  facts?: [string, string][];
  /** A quoted text the sender typed, after the facts. */
  quote?: { label: string; text: string };
  /** The main action: the button. */
  action: Link;
  /** Why the recipient gets this mail, and the link under it (the notification settings or the portal). */
  footer: { reason: string; link: Link };
  /** Notification mails only: the one-click unsubscribe URL (List-Unsubscribe, RFC 8058). */
  unsubscribeUrl?: string;
}

// Inline: some mail clients drop <style>. A label keeps its words whole; the value wraps.
const FACT_LABEL =
  'text-align:left;vertical-align:top;padding:4px 12px 4px 0;font-weight:600;white-space:nowrap;word-break:normal;overflow-wrap:normal';
const FACT_VALUE = 'vertical-align:top;padding:4px 0';
const paragraph = (html: string) => `<p style="margin:0 0 16px">${html}</p>`;
const anchor = (link: Link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`;
const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

function bodyHtml(content: MailContent): string {
  const parts = content.paragraphs.map((p) => paragraph(lines(p)));
  if (content.steps)
    parts.push(
      paragraph(escapeHtml(content.steps.intro)),
      `<ol style="margin:0 0 16px;padding-left:24px">${content.steps.items
        .map((item) => `<li style="margin:0 0 6px">${escapeHtml(item)}</li>`)
        .join('')}</ol>`,
    );
  if (content.facts)
    parts.push(
      `<table style="border-collapse:collapse;margin:0 0 16px;font-size:15px">${content.facts
        .map(
          ([label, value]) =>
            `<tr><th style="${FACT_LABEL}">${escapeHtml(label)}</th><td style="${FACT_VALUE}">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`,
    );
  if (content.quote)
    parts.push(
      paragraph(`<strong>${escapeHtml(content.quote.label)}</strong>`),
      `<blockquote style="margin:0 0 16px;padding:0 0 0 12px;border-left:3px solid #d0d7de">${lines(content.quote.text)}</blockquote>`,
    );
  return parts.join('\n');
}

function footerLinks(content: MailContent, unsubscribeLabel: string): Link[] {
  return [
    content.footer.link,
    ...(content.unsubscribeUrl ? [{ url: content.unsubscribeUrl, label: unsubscribeLabel }] : []),
  ];
}

function textPart(content: MailContent, links: Link[]): string {
  const blocks = [...content.paragraphs];
  if (content.steps)
    blocks.push(
      [content.steps.intro, ...content.steps.items.map((item, i) => `${i + 1}. ${item}`)].join(
        '\n',
      ),
    );
  if (content.facts)
    blocks.push(content.facts.map(([label, value]) => `${label}: ${value}`).join('\n'));
  if (content.quote) blocks.push(`${content.quote.label}:\n${content.quote.text}`);
  blocks.push(`${content.action.label}:\n${content.action.url}`);
  const footer = [content.footer.reason, ...links.map((link) => `${link.label}: ${link.url}`)];
  return `${blocks.join('\n\n')}\n\n-- \n${footer.join('\n')}\n`;
}

/** The message: MJML layout (HTML), a plain-text part, and List-Unsubscribe for notification mails. */
export function composeMail(config: Config, content: MailContent): MailMessage {
  const t = translator(content.language);
  const links = footerLinks(content, t('mail.layout.unsubscribe'));
  const html = fillLayout(compiledLayout(config.mailBrand), {
    LANG: content.language,
    TITLE: escapeHtml(content.subject),
    PREVIEW: escapeHtml(content.paragraphs[0] ?? content.subject),
    HEADING: escapeHtml(content.subject),
    BODY: bodyHtml(content),
    ACTION_URL: escapeHtml(content.action.url),
    ACTION_LABEL: escapeHtml(content.action.label),
    FALLBACK: `${escapeHtml(t('mail.layout.linkFallback'))}<br>${anchor({ url: content.action.url, label: content.action.url })}`,
    FOOTER: `${paragraph(escapeHtml(content.footer.reason))}<p style="margin:0">${links.map(anchor).join(' &middot; ')}</p>`,
  });
  const headers: Record<string, string> | undefined = content.unsubscribeUrl
    ? {
        'List-Unsubscribe': `<${content.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }
    : undefined;
  return {
    to: content.to,
    subject: content.subject,
    text: textPart(content, links),
    html,
    headers,
  };
}
