import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_PRELOADS_FILE, type PagePreloads } from '../../build/page-preloads.js';

/** A route path as a pattern: `$name` stands for one segment, a trailing slash is allowed (as page-code.ts). */
const pattern = (route: string) =>
  new RegExp(`^${route.replace(/\$[a-zA-Z]+/g, '[^/]+').replace(/\/$/, '')}/?$`);

/**
 * The `<link>`s naming the built files the page at a path needs, read from what the build wrote
 * (src/build/page-preloads.ts); none for an unknown path or a build without the table. The
 * browser then fetches the page's code with the app's own instead of after it has run
 * (decision 154). A visitor who is not signed in gets those of a signed-out page (sign-in,
 * password reset) only: any other page may send them to sign in (decision 166).
 */
export function pagePreloadLinks(
  root: string,
): (pathname: string, visitorSignedIn: boolean) => string {
  const file = path.join(root, PAGE_PRELOADS_FILE);
  if (!existsSync(file)) return () => '';
  const table = JSON.parse(readFileSync(file, 'utf8')) as PagePreloads;
  const pages = table.pages.map((page) => ({ ...page, matches: pattern(page.path) }));
  const links = ({ scripts, styles }: { scripts: string[]; styles: string[] }) => [
    // `crossorigin` as the app's own modules are fetched, so the browser reuses these.
    ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  return (pathname, visitorSignedIn) => {
    const page = pages.find(({ matches }) => matches.test(pathname));
    if (!page || (page.signedIn && !visitorSignedIn)) return '';
    return [...(page.signedIn ? links(table.frame) : []), ...links(page)].join('');
  };
}
