/**
 * A small Markdown renderer for release notes (decision 060). The source is HTML-escaped
 * before any Markdown is read, so raw HTML in notes shows as text and can never become
 * markup; links keep only http(s) and mailto targets.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s]+$/i;

function renderInline(escaped: string): string {
  // The escaped text has no '<' left, so '<N>' can only be a code-span placeholder.
  const codeSpans: string[] = [];
  const withoutCode = escaped.replace(
    /`([^`]+)`/g,
    (_m, code: string) => `<${codeSpans.push(`<code>${code}</code>`) - 1}>`,
  );
  return withoutCode
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_match, label: string, url: string) =>
      SAFE_URL.test(url.replace(/&amp;/g, '&'))
        ? `<a href="${url}" rel="noopener noreferrer" target="_blank">${label}</a>`
        : label,
    )
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=$|[^\w*])/g, '$1<em>$2</em>')
    .replace(/<(\d+)>/g, (_m, index: string) => codeSpans[Number(index)]);
}

type Block =
  { kind: 'p' | 'ul' | 'ol' | 'pre'; lines: string[] } | { kind: 'h'; level: number; text: string };

function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let open: Extract<Block, { lines: string[] }> | null = null;
  const start = (kind: 'p' | 'ul' | 'ol' | 'pre') => {
    if (open?.kind !== kind) blocks.push((open = { kind, lines: [] }));
    return open;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (open?.kind === 'pre') {
      if (/^```/.test(line)) open = null;
      else open.lines.push(line);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (/^```/.test(line)) {
      blocks.push((open = { kind: 'pre', lines: [] }));
    } else if (heading) {
      blocks.push({ kind: 'h', level: heading[1].length, text: heading[2] });
      open = null;
    } else if (bullet) start('ul').lines.push(bullet[1]);
    else if (numbered) start('ol').lines.push(numbered[1]);
    else if (line.trim() === '') open = null;
    else start('p').lines.push(line.trim());
  }
  return blocks;
}

/** The notes' top heading level becomes h3, under the page's h1 and the version's h2, so no level is skipped. */
export function renderMarkdown(source: string): string {
  const blocks = toBlocks(escapeHtml(source));
  const topLevel = Math.min(...blocks.map((block) => (block.kind === 'h' ? block.level : 6)));
  return blocks
    .map((block) => {
      if (block.kind === 'h') {
        const level = Math.min(block.level - topLevel + 3, 6);
        return `<h${level}>${renderInline(block.text)}</h${level}>`;
      }
      if (block.kind === 'pre') return `<pre><code>${block.lines.join('\n')}</code></pre>`;
      if (block.kind === 'p') return `<p>${renderInline(block.lines.join(' '))}</p>`;
      return `<${block.kind}>${block.lines.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${block.kind}>`;
    })
    .join('\n');
}
