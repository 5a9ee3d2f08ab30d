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
    ['a portal API answer', '/api/portal/session'],
    ['a refusal', '/api/portal/no-such-route'],
    ['the web app', '/licenses'],
  ] as const)('are on %s', async (_what, url) => {
    const response = await t.anonymous.get(url);
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

  it.each([
    ['a validation', 'POST', '/v1/licenses/validate', { key: 'NOPE0-NOPE0-NOPE0-NOPE0-NOPE0' }],
    ['a refusal of bad input', 'POST', '/v1/licenses/validate', {}],
    ['an unknown path', 'GET', '/v1/no-such-route', undefined],
  ] as const)(
    "are the API's on a licensing answer (%s): nothing to render, frame, sniff or cache",
    async (_what, method, url, payload) => {
      const response = await t.anonymous.request({
        method,
        url,
        payload,
        headers: { 'accept-encoding': 'br, gzip', cookie: 'portal_session=x' },
      });
      expect(response.headers).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'strict-transport-security': expect.stringContaining('max-age='),
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
        'x-signature': expect.stringMatching(/^ed25519=/),
      });
      // The portal's hooks do not run here: the signed body is the body sent (decision 157).
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('let the API documentation page keep its own policy', async () => {
    const response = await t.anonymous.get('/api/docs');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-security-policy'])).toMatch(
      /^default-src 'self';.*object-src 'none'/,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
