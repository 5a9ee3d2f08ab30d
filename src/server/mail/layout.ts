import mjml2html from 'mjml';
import type { MailBrand } from '../config.js';
import { escapeHtml } from './escape-html.js';

/** What each mail fills into the compiled layout: escaped text or HTML built from escaped text. */
export interface LayoutSlots {
  LANG: string;
  TITLE: string;
  PREVIEW: string;
  HEADING: string;
  BODY: string;
  ACTION_URL: string;
  ACTION_LABEL: string;
  FALLBACK: string;
  FOOTER: string;
}

const SLOT = /%%([A-Z_]+)%%/g;
const GREY = '#57606a';

/** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
export function textColourOn(hex: string): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

function header(brand: MailBrand): string {
  const name = escapeHtml(brand.vendorName);
  return brand.logoUrl
    ? `<mj-image src="${escapeHtml(brand.logoUrl)}" alt="${name}" width="160px" align="left" padding="0" />`
    : `<mj-text font-size="18px" font-weight="700" color="${brand.color}" padding="0">${name}</mj-text>`;
}

/** One layout for every mail: the vendor on top, a white card with the message and its button, the footer. */
function layoutSource(brand: MailBrand): string {
  return `<mjml lang="%%LANG%%">
  <mj-head>
    <mj-title>%%TITLE%%</mj-title>
    <mj-preview>%%PREVIEW%%</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" />
      <mj-text font-size="16px" line-height="1.55" color="#1f2328" padding="0 0 16px" />
    </mj-attributes>
    <mj-style>
      .portal-break, .portal-break a { word-break: break-word; overflow-wrap: anywhere; }
      .portal-card a { color: ${brand.color}; }
      .portal-footer a { color: ${GREY}; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="600px">
    <mj-section padding="24px 16px 12px">
      <mj-column>${header(brand)}</mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-top="4px solid ${brand.color}" padding="24px 24px 8px" css-class="portal-card">
      <mj-column>
        <mj-text font-size="20px" font-weight="700" line-height="1.3" css-class="portal-break">%%HEADING%%</mj-text>
        <mj-text css-class="portal-break">%%BODY%%</mj-text>
        <mj-button href="%%ACTION_URL%%" background-color="${brand.color}" color="${textColourOn(brand.color)}" font-size="16px" font-weight="600" border-radius="6px" inner-padding="12px 24px" align="left" padding="8px 0 16px">%%ACTION_LABEL%%</mj-button>
        <mj-text font-size="13px" color="${GREY}" css-class="portal-break">%%FALLBACK%%</mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px 32px">
      <mj-column>
        <mj-text font-size="13px" line-height="1.5" color="${GREY}" padding="0" css-class="portal-break portal-footer">%%FOOTER%%</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

const compiled = new Map<string, string>();

/**
 * The layout as HTML with %%SLOT%% markers, compiled by MJML once per brand
 * (a compile takes tens of milliseconds; filling the markers takes microseconds).
 */
export function compiledLayout(brand: MailBrand): string {
  const key = JSON.stringify(brand);
  let html = compiled.get(key);
  if (html === undefined) {
    // MJML 4 compiles synchronously; @types/mjml 4.7.4 already describes MJML 5's promise.
    const result = mjml2html(layoutSource(brand), {
      validationLevel: 'strict',
    }) as unknown as { html: string };
    html = result.html;
    compiled.set(key, html);
  }
  return html;
}

/** Fills every marker in one pass, so a value that looks like a marker stays text. */
export function fillLayout(html: string, slots: LayoutSlots): string {
  return html.replace(SLOT, (marker, name: string) =>
    name in slots ? slots[name as keyof LayoutSlots] : marker,
  );
}
