import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PagePreloads } from '../../../src/build/page-preloads.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';

const INDEX_HTML =
  '<!doctype html><html lang="en"><head><title>Customer Portal</title>' +
  '<script type="module" src="/assets/index-Ab3_x-9Z.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

/** What the build lists (src/build/page-preloads.ts), in miniature. */
const PRELOADS: PagePreloads = {
  frame: { scripts: ['assets/AppLayout-Ab3_x-9Z.js'], styles: ['assets/AppLayout-Ab3_x-9Z.css'] },
  pages: [
    { path: '/login', signedIn: false, scripts: ['assets/LoginPage-Ab3_x-9Z.js'], styles: [] },
    { path: '/', signedIn: true, scripts: ['assets/DashboardPage-Ab3_x-9Z.js'], styles: [] },
    {
      path: '/audit',
      signedIn: true,
      scripts: ['assets/AuditLogPage-Ab3_x-9Z.js', 'assets/PagedList-Ab3_x-9Z.js'],
      styles: [],
    },
    {
      path: '/changelog/$product',
      signedIn: true,
      scripts: ['assets/Changelog-Ab3_x-9Z.js'],
      styles: [],
    },
  ],
};
const PRELOAD = /<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)">/g;
const preloaded = (response: LightMyRequestResponse) =>
  [...response.body.matchAll(PRELOAD)].map((match) => match[1]);

const BLOCK = /<script type="application\/json" id="portal-session">([^<]*)<\/script>/;

/** The session the page carries, parsed as the web app parses it; undefined when it has none. */
const sessionInPage = (response: LightMyRequestResponse): unknown => {
  const block = BLOCK.exec(response.body);
  return block ? JSON.parse(block[1]!) : undefined;
};

// Decision 154: a signed-in member's index.html carries the session endpoint's answer.
describe.each(await availableDialects())('the session in index.html on %s', (dialect) => {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'portal-web-'));
  mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(webRoot, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(webRoot, 'page-preloads.json'), JSON.stringify(PRELOADS));
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect, { webRoot });
  });
  beforeEach(async () => {
    t.clock.now = TEST_NOW;
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(['/', '/licenses?tab=keys', '/audit', '/login'])(
    'writes what GET /api/portal/session answers into the page at %s, never stored',
    async (url) => {
      const page = await admin.get(url);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('private, no-store');
      expect(String(page.headers.vary)).toMatch(/cookie/i);
      expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
      const endpoint = await admin.get('/api/portal/session');
      expect(sessionInPage(page)).toEqual(endpoint.json());
      // The rest of the page is the built one, with its code named (below).
      expect(page.body.replace(BLOCK, '').replace(PRELOAD, '')).toBe(INDEX_HTML);
    },
  );

  it.each([
    ['/audit', ['AppLayout-Ab3_x-9Z.js', 'AuditLogPage-Ab3_x-9Z.js', 'PagedList-Ab3_x-9Z.js']],
    ['/audit/?q=x', ['AppLayout-Ab3_x-9Z.js', 'AuditLogPage-Ab3_x-9Z.js', 'PagedList-Ab3_x-9Z.js']],
    ['/changelog/atlas', ['AppLayout-Ab3_x-9Z.js', 'Changelog-Ab3_x-9Z.js']],
    ['/login', ['LoginPage-Ab3_x-9Z.js']],
    ['/nowhere/at/all', []],
  ])("names the code of the page at %s in a signed-in member's page", async (url, scripts) => {
    const page = await admin.get(url);
    const links = preloaded(page);
    expect(links.filter((link) => link.endsWith('.js'))).toEqual(
      scripts.map((file) => `/assets/${file}`),
    );
    if (scripts.includes('AppLayout-Ab3_x-9Z.js'))
      expect(links).toContain('/assets/AppLayout-Ab3_x-9Z.css');
    expect(page.body.indexOf('modulepreload')).toBeLessThan(page.body.indexOf('</head>') + 1);
  });

  it("carries each member's own session: a Viewer's abilities, not an Admin's", async () => {
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const session = sessionInPage(await viewer.get('/licenses')) as {
      user: { email: string };
      abilities: string[];
    };
    expect(session.user.email).toBe(NORTHWIND_VIEWER);
    expect(session).toEqual((await viewer.get('/api/portal/session')).json());
    expect(session.abilities).not.toContain('members.manage');
  });

  it('escapes < so no value can close the block', async () => {
    const name = '</script><script>alert(1)</script><!--';
    await t.ctx.db.updateTable('users').set({ first_name: name }).execute();
    const page = await admin.get('/');
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body.match(/<\/script>/g)).toHaveLength(2);
    expect((sessionInPage(page) as { user: { firstName: string } }).user.firstName).toBe(name);
  });

  it('serves the plain, revalidated page without a session, with a stranger cookie, or after sign-out', async () => {
    const anonymous = await t.anonymous.get('/licenses');
    const stranger = await t.anonymous.request({
      method: 'GET',
      url: '/licenses',
      headers: { cookie: 'portal_session=not-a-session' },
    });
    await admin.post('/api/portal/auth/logout');
    const signedOut = await admin.get('/licenses');
    for (const page of [anonymous, stranger, signedOut]) {
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
      expect(preloaded(page)).toEqual([]);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(String(page.headers.vary)).toMatch(/cookie/i);
    }
  });

  it("names the sign-in page's code for a visitor who is not signed in, and no signed-in page's", async () => {
    const login = await t.anonymous.get('/login?next=%2Faudit');
    expect(login.statusCode).toBe(200);
    expect(preloaded(login)).toEqual(['/assets/LoginPage-Ab3_x-9Z.js']);
    expect(login.body.replace(PRELOAD, '')).toBe(INDEX_HTML);
    expect(sessionInPage(login)).toBeUndefined();
    // The same page for every such visitor: revalidated like the plain one, not personal.
    expect(login.headers['cache-control']).toBe('no-cache');
    expect(String(login.headers.vary)).toMatch(/cookie/i);
    for (const url of ['/', '/audit', '/nowhere/at/all'])
      expect((await t.anonymous.get(url)).body).toBe(INDEX_HTML);
  });

  it('serves the plain page once the session has expired', async () => {
    t.clock.now = new Date(TEST_NOW.getTime() + 400 * 86_400_000);
    const page = await admin.get('/audit');
    expect(page.body).toBe(INDEX_HTML);
    expect((await admin.get('/api/portal/session')).statusCode).toBe(401);
  });

  it('leaves the API and missing assets alone', async () => {
    const api = await admin.get('/api/portal/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    const asset = await admin.get('/assets/missing-Ab3_x-9Z.js');
    expect(asset.statusCode).toBe(404);
    expect(asset.body).not.toContain('portal-session');
  });
});
