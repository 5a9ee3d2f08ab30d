import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const WEB_ROOT = path.resolve('dist/web');
const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

it('keeps the JavaScript loaded before the first page within 300 KB gzipped', () => {
  const html = readFileSync(path.join(WEB_ROOT, 'index.html'), 'utf8');
  // The entry script and the chunks it preloads; route chunks load later, on navigation.
  const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((total, src) => total + gzipSync(readFileSync(path.join(WEB_ROOT, src))).length, 0);
  expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
