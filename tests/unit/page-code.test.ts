import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { pageAt } from '../../src/web/page-code';
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
