import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Release notes as HTML (decision 123): markdown-it reads CommonMark plus tables and
 * strikethrough with raw HTML off (it shows as text), then sanitize-html keeps only the
 * tags and attributes this renderer makes, as a second wall. Links go to http(s), mailto
 * or a portal path; images show only from RELEASE_NOTES_IMAGE_ORIGINS (the CSP's img-src),
 * any other image becomes a link to it.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
markdown.enable(['table', 'strikethrough']);
// Replaces markdown-it's own check, which lets data:image URLs through.
markdown.validateLink = (url) => /^(https?:|mailto:|\/(?!\/))/i.test(url);

const ALLOWED_TAGS = [
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALIGN = { 'text-align': [/^(left|right|center)$/] };

function sanitizeOptions(imageOrigins: ReadonlySet<string>): sanitizeHtml.IOptions {
  const newTab = { rel: 'noopener noreferrer', target: '_blank' };
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel', 'target'],
      img: ['src', 'alt', 'title'],
      ol: ['start'],
      th: ['style'],
      td: ['style'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    allowedStyles: { th: ALIGN, td: ALIGN },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...newTab } }),
      img: (tagName, attribs) => {
        if (imageOrigins.has(originOf(attribs.src))) return { tagName, attribs };
        return {
          tagName: 'a',
          attribs: { href: attribs.src ?? '', ...newTab },
          text: attribs.alt || attribs.src || '',
        };
      },
    },
  };
}

function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

const optionsByOrigins = new Map<string, sanitizeHtml.IOptions>();

/** The notes' top heading level becomes h3, under the page's h1 and the version's h2, so no level is skipped. */
export function renderMarkdown(source: string, imageOrigins: readonly string[] = []): string {
  const tokens = markdown.parse(source, {});
  const levels = tokens
    .filter((token) => token.type === 'heading_open')
    .map((token) => Number(token.tag.slice(1)));
  const top = Math.min(...levels);
  for (const token of tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close')
      token.tag = `h${Math.min(Number(token.tag.slice(1)) - top + 3, 6)}`;
  const key = imageOrigins.join(' ');
  let options = optionsByOrigins.get(key);
  if (!options) {
    options = sanitizeOptions(new Set(imageOrigins));
    optionsByOrigins.set(key, options);
  }
  return sanitizeHtml(markdown.renderer.render(tokens, markdown.options, {}), options).trim();
}
