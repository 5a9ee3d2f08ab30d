import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/server/modules/downloads/markdown.js';

const CDN = 'https://cdn.vendor.example';

describe('release notes Markdown', () => {
  it('renders CommonMark with tables, nested lists, links with underscores, images and code', () => {
    const html = renderMarkdown(
      [
        '# 2026.2',
        '',
        '## New',
        '',
        '- Sheet-metal **unfolding**',
        '  - nested _detail_',
        '    1. deeper',
        '- See [the snake_case_guide](https://docs.vendor.example/snake_case_guide_v2)',
        '',
        '| Setting | Default |',
        '| :------ | ------: |',
        '| `max_seats` | 10 |',
        '',
        '```ts',
        'const a = 1 < 2 && b;',
        '```',
        '',
        `![Unfolding dialog](${CDN}/unfold.png "The dialog")`,
        '',
        '> quoted ~~old~~',
      ].join('\n'),
      [CDN],
    );
    expect(html).toContain('<h3>2026.2</h3>');
    expect(html).toContain('<h4>New</h4>');
    expect(html).toMatch(
      /<ul>\s*<li>Sheet-metal <strong>unfolding<\/strong>\s*<ul>\s*<li>nested <em>detail<\/em>\s*<ol>\s*<li>deeper<\/li>/,
    );
    expect(html).toContain(
      '<a href="https://docs.vendor.example/snake_case_guide_v2" rel="noopener noreferrer" target="_blank">the snake_case_guide</a>',
    );
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th style="text-align:left">Setting<\/th>/);
    expect(html).toContain('<td style="text-align:right">10</td>');
    expect(html).toContain('<td style="text-align:left"><code>max_seats</code></td>');
    expect(html).toContain(
      '<pre><code class="language-ts">const a = 1 &lt; 2 &amp;&amp; b;\n</code></pre>',
    );
    expect(html).toContain(
      `<img src="${CDN}/unfold.png" alt="Unfolding dialog" title="The dialog" />`,
    );
    expect(html).toMatch(/<blockquote>\s*<p>quoted <s>old<\/s><\/p>\s*<\/blockquote>/);
  });

  it('links an image from a host the CSP does not allow instead of showing it', () => {
    const html = renderMarkdown('![diagram](https://elsewhere.example/d.png)', [CDN]);
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a href="https://elsewhere.example/d.png" rel="noopener noreferrer" target="_blank">diagram</a>',
    );
  });

  const HOSTILE = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(2)">',
    '<a href="javascript:alert(3)">raw</a>',
    '[click](javascript:alert(4))',
    '[entity](&#106;avascript:alert(5))',
    '[upper](JAVASCRIPT:alert(6))',
    '[spaced](<java script:alert(7)>)',
    '[vb](vbscript:msgbox(8))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)',
    '![pixel](data:image/png;base64,iVBORw0KGgo=)',
    '![svg](javascript:alert(10))',
    '<javascript:alert(11)>',
    '[ref][evil]\n\n[evil]: javascript:alert(12)',
    '[quote](https://example.com/"onmouseover="alert(13))',
    '<div onmouseover="alert(14)">hover</div>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    '<svg onload="alert(15)"></svg>',
    '[proto](//evil.example/x)',
    '`<b>code</b>` **<i>bold</i>**',
  ];

  /** Every element of the output (text cannot hold a raw "<": it is escaped). */
  const elements = (html: string) =>
    [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map(([, name, attributes]) => ({
      name: name.toLowerCase(),
      attributes,
    }));

  it.each(HOSTILE)('renders %j inert', (source) => {
    const html = renderMarkdown(source, [CDN]);
    for (const { name, attributes } of elements(html)) {
      expect(['p', 'a', 'code', 'strong', 'em'], html).toContain(name);
      expect(attributes, html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(attributes, html).not.toMatch(/\s(style|src)\s*=/i);
      for (const [, url] of attributes.matchAll(/\shref="([^"]*)"/g))
        expect(url, html).toMatch(/^(https?:\/\/[^/]|mailto:|\/[^/])/);
    }
    expect(html).not.toMatch(/<(script|iframe|style|svg|div|img|i|b)\b/i);
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
});
