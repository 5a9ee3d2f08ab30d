import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../src/build/precompress.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built web app in miniature: what Vite writes, precompressed by the build's own step. */
function writeWebBuild(root: string) {
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${i},name:"row ${i}"}`).join(',')}];\n`;
  const files = {
    'index.html': `<!doctype html><html lang="en"><head><title>Customer Portal</title><script type="module" src="/assets/index-Ab3_x-9Z.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`,
    'assets/index-Ab3_x-9Z.js': script,
    // Too small to be worth a compressed twin: still served, and still immutable.
    'assets/tiny-Qw3rTy12.js': 'export const tiny = 1;\n',
  };
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  for (const [file, content] of Object.entries(files))
    writeFileSync(path.join(root, file), content);
  return (file: keyof typeof files) => readFileSync(path.join(root, file));
}

const decoded = (response: LightMyRequestResponse): Buffer => {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.rawPayload);
  if (encoding === 'gzip') return gunzipSync(response.rawPayload);
  return response.rawPayload;
};

// Compression and caching do not touch the database: SQLite alone (the real app all the same).
describe('compression and caching', () => {
  const webRoot = mkdtempSync(path.join(tmpdir(), 'portal-web-'));
  const original = writeWebBuild(webRoot);
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    await precompressDirectory(webRoot);
    t = await createTestApp('sqlite', { webRoot });
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('precompresses built files at build time, but not the tiny ones', () => {
    for (const twin of ['index.html.br', 'index.html.gz', 'assets/index-Ab3_x-9Z.js.br'])
      expect(existsSync(path.join(webRoot, twin)), twin).toBe(true);
    expect(existsSync(path.join(webRoot, 'assets/tiny-Qw3rTy12.js.br'))).toBe(false);
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['identity', undefined],
  ])('sends a hashed asset immutable, in the encoding accepted (%s)', async (accept, encoding) => {
    const response = await t.anonymous.request({
      method: 'GET',
      url: '/assets/index-Ab3_x-9Z.js',
      headers: { 'accept-encoding': accept },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    if (encoding)
      expect(response.rawPayload.length).toBeLessThan(
        original('assets/index-Ab3_x-9Z.js').length / 3,
      );
    expect(decoded(response).equals(original('assets/index-Ab3_x-9Z.js'))).toBe(true);
  });

  it('sends a hashed asset without a compressed twin immutable, the same bytes decoded', async () => {
    const response = await t.anonymous.request({
      method: 'GET',
      url: '/assets/tiny-Qw3rTy12.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    // A file is streamed, and @fastify/compress compresses streams of any size on the fly.
    expect(decoded(response).equals(original('assets/tiny-Qw3rTy12.js'))).toBe(true);
  });

  it.each(['/', '/index.html', '/licenses?tab=keys', '/audit'])(
    'revalidates index.html at %s, compressed, under the security headers',
    async (url) => {
      const response = await t.anonymous.request({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(String(response.headers['cache-control'])).not.toMatch(/immutable|max-age=[1-9]/);
      expect(response.headers['content-encoding']).toBe('br');
      expect(decoded(response).equals(original('index.html'))).toBe(true);
      expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  it('does not serve the compressed twins under their own names', async () => {
    const response = await t.anonymous.get('/assets/index-Ab3_x-9Z.js.br');
    expect(response.statusCode).toBe(404);
  });

  it.each(['br', 'gzip'])('compresses API JSON with %s to the same answer', async (encoding) => {
    const url = '/api/portal/licenses/keys';
    const plain = await admin.get(url);
    const compressed = await admin.request({
      method: 'GET',
      url,
      headers: { 'accept-encoding': encoding },
    });
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(decoded(compressed).toString('utf8'))).toEqual(plain.json());
    expect(String(compressed.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('leaves answers under a kilobyte uncompressed', async () => {
    const response = await t.anonymous.request({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
