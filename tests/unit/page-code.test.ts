import { QueryClient } from '@tanstack/react-query';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAt, pageHeaderAt, PAGES } from '../../src/web/page-code';
import { createAppRouter } from '../../src/web/router';

// A path the route's pattern matches: each `$param` filled in.
const samplePath = (fullPath: string) => fullPath.replace(/\$[a-zA-Z]+/g, 'x1');

describe('the page at a path (the code started before the app has started, decision 146)', () => {
  it('names the page and whether it is signed in', () => {
    expect(pageAt('/')).toEqual({ name: 'dashboard', signedIn: true });
    expect(pageAt('/licenses/')).toEqual({ name: 'licenses', signedIn: true });
    expect(pageAt('/changelog/atlas-cad')).toEqual({ name: 'changelog', signedIn: true });
    expect(pageAt('/login')).toEqual({ name: 'login', signedIn: false });
    expect(pageAt('/invite/abc123')).toEqual({ name: 'acceptInvitation', signedIn: false });
    expect(pageAt('/nowhere')).toBeUndefined();
    expect(pageAt('/invite/a/b')).toBeUndefined();
  });

  it('agrees with the router on every page: the same paths, signed in where the router says', () => {
    const router = createAppRouter(new QueryClient());
    const pages = Object.values(router.routesById)
      // The pages: routes below the root other than the signed-in frame.
      .filter((route) => !['__root__', '/signed-in'].includes(route.id))
      .map((route) => ({
        path: route.fullPath,
        signedIn: route.id.startsWith('/signed-in/'),
      }));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages)
      expect({ path: page.path, signedIn: pageAt(samplePath(page.path))?.signedIn }).toEqual(page);
  });
});

describe('the header the frame shows while a page loads (decision 167)', () => {
  const english = (area: string) =>
    JSON.parse(readFileSync(`src/web/i18n/locales/en/${area}.json`, 'utf8')) as Record<
      string,
      unknown
    >;
  // What a feature folder's pages pass to PageHeader, as written in their source.
  const featureSource = (area: string) =>
    readdirSync(path.join('src/web/features', area), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => readFileSync(path.join('src/web/features', area, file), 'utf8'))
      .join('\n');

  it('is the page’s own title and description, from the texts the page itself shows', () => {
    const headed = Object.values(PAGES).filter((page) => 'header' in page);
    expect(headed.length).toBeGreaterThanOrEqual(8);
    for (const page of headed) {
      const area = pageHeaderAt(samplePath(page.path))!;
      expect(english(area)).toHaveProperty('title');
      expect(english(area)).toHaveProperty('description');
      expect(featureSource(area)).toContain(`t('${area}.title')`);
      expect(featureSource(area)).toContain(`t('${area}.description'`);
    }
  });

  it('is none for a signed-out page, a page whose title depends on its data, or no page', () => {
    expect(pageHeaderAt('/login')).toBeUndefined();
    expect(pageHeaderAt('/changelog/atlas-cad')).toBeUndefined();
    expect(pageHeaderAt('/nowhere')).toBeUndefined();
    expect(pageHeaderAt('/audit')).toBe('audit');
  });
});
