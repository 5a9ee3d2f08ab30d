import { expect, it } from 'vitest';
import { initialJsGzipBytes } from '../../bench/web-bundle.js';

const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

it('keeps the JavaScript loaded before the first page within 300 KB gzipped', () => {
  const { scripts, bytes } = initialJsGzipBytes();
  expect(scripts).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
