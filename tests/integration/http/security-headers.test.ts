import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('security headers on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it.each([
    ['a portal API answer', 'GET', '/api/portal/session'],
    ['a licensing API answer', 'POST', '/v1/licenses/validate'],
    ['a refusal', 'GET', '/api/portal/no-such-route'],
  ] as const)('are on %s', async (_what, method, url) => {
    const response = await t.anonymous.request({
      method,
      url,
      payload: method === 'POST' ? {} : undefined,
    });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringContaining('max-age='),
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'SAMEORIGIN',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('let the API documentation page keep its own policy', async () => {
    const response = await t.anonymous.get('/api/docs');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-security-policy'])).toMatch(
      /^default-src 'self';.*object-src 'none'/,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
