import type { Language } from '../../../common/preferences.js';
import type { MailBrand } from '../../config.js';
import { translator } from '../../i18n/translate.js';
import { escapeHtml } from '../../mail/escape-html.js';
import { textColourOn } from '../../mail/layout.js';
import type { UnsubscribeTarget } from './unsubscribe-service.js';

export type UnsubscribePageState =
  | { kind: 'confirm'; target: UnsubscribeTarget; token: string }
  | { kind: 'done'; target: UnsubscribeTarget }
  | { kind: 'invalid'; language: Language };

/**
 * The page an unsubscribe link opens: a question and a button (a GET must change nothing:
 * mail scanners open links), then the answer. Served by the server, not the web app, so it
 * works without a session; inline styles only (the CSP allows no script).
 */
export function unsubscribePage(
  state: UnsubscribePageState,
  brand: MailBrand,
  publicUrl: string,
): string {
  const language = state.kind === 'invalid' ? state.language : state.target.language;
  const t = translator(language);
  const values: Record<string, string> =
    state.kind === 'invalid'
      ? {}
      : { email: state.target.email, topic: t(`labels.topic.${state.target.topic}`) };
  const title =
    state.kind === 'confirm'
      ? t('unsubscribe.title')
      : state.kind === 'done'
        ? t('unsubscribe.doneTitle')
        : t('unsubscribe.invalidTitle');
  const body =
    state.kind === 'confirm'
      ? `<p>${escapeHtml(t('unsubscribe.question', values))}</p>
<p class="muted">${escapeHtml(t('unsubscribe.explain'))}</p>
<form method="post" action="/unsubscribe?token=${encodeURIComponent(state.token)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(t('unsubscribe.button'))}</button>
</form>`
      : `<p>${escapeHtml(state.kind === 'done' ? t('unsubscribe.done', values) : t('unsubscribe.invalid'))}</p>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${title} · ${brand.vendorName}`)}</title>
<style>
body { margin: 0; background: #f3f4f6; color: #1f2328; font: 16px/1.55 -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 560px; margin: 32px auto; padding: 24px; background: #fff; border-top: 4px solid ${brand.color}; overflow-wrap: anywhere; }
.vendor { margin: 0 0 16px; color: ${brand.color}; font-weight: 700; }
h1 { margin: 0 0 16px; font-size: 22px; line-height: 1.3; }
.muted { color: #57606a; font-size: 14px; }
button { font: inherit; font-weight: 600; padding: 10px 20px; border: 0; border-radius: 6px; background: ${brand.color}; color: ${textColourOn(brand.color)}; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #1f2328; outline-offset: 2px; }
a { color: ${brand.color}; }
@media (prefers-color-scheme: dark) {
  body { background: #1a1b1e; color: #e6e6e6; }
  main { background: #25262b; }
  .muted { color: #b0b4ba; }
  a, .vendor { color: #a5d8ff; }
}
</style>
</head>
<body>
<main>
<p class="vendor">${escapeHtml(brand.vendorName)}</p>
<h1>${escapeHtml(title)}</h1>
${body}
<p><a href="${escapeHtml(`${publicUrl}/settings`)}">${escapeHtml(t('unsubscribe.settings'))}</a></p>
</main>
</body>
</html>`;
}
