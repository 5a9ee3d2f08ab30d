import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { initialJsGzipBytes } from '../../bench/web-bundle.js';

const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

it('keeps the JavaScript loaded before the first page within 300 KB gzipped', () => {
  const { scripts, bytes } = initialJsGzipBytes();
  expect(scripts).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});

// The web app uses the API modules' values, never their schemas: one import of a value from a
// module that builds TypeBox schemas put TypeBox and every schema there in the first script
// (decision 164; src/common/plain-values.ts). TypeBox marks each schema with `~kind`.
it('ships no TypeBox schema to the browser', () => {
  const assets = path.resolve('dist/web/assets');
  const withSchemas = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => readFileSync(path.join(assets, file), 'utf8').includes('~kind'));
  expect(withSchemas).toEqual([]);
});
