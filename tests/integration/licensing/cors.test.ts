import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const ALLOWED = 'https://app.example.com';

const preflight = (t: TestApp, url: string, origin: string) =>
  t.app.inject({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe.each(await availableDialects())('CORS for /v1 on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      env: { LICENSING_CORS_ORIGINS: `${ALLOWED}, https://shop.example.com:8443` },
    });
  });
  afterAll(() => t.close());

  it('answers the preflight of a configured origin, and lets it read the signature', async () => {
    const answer = await preflight(t, '/v1/licenses/validate', ALLOWED);
    expect(answer.statusCode).toBe(204);
    expect(answer.headers).toMatchObject({
      'access-control-allow-origin': ALLOWED,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
    });
    const call = await t.app.inject({
      method: 'POST',
      url: '/v1/licenses/validate',
      payload: { key: 'AAAAA-BBBBB' },
      headers: { origin: ALLOWED },
    });
    expect(call.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(call.headers['access-control-expose-headers']).toContain('x-signature');
  });

  it('refuses other origins, and never answers CORS for the portal API', async () => {
    const other = await preflight(t, '/v1/licenses/validate', 'https://evil.example');
    expect(other.statusCode).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect(other.json().error.code).toBe('cors_origin_not_allowed');
    const portal = await preflight(t, '/api/portal/auth/login', ALLOWED);
    expect(portal.statusCode).toBe(404);
    expect(portal.headers['access-control-allow-origin']).toBeUndefined();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email: 'a@b.example', password: 'x' },
      headers: { origin: ALLOWED },
    });
    expect(login.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('LICENSING_CORS_ORIGINS', () => {
  it('is empty by default and refuses a value that is not an origin', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/portal-cors-config' }).licensingCorsOrigins).toEqual([]);
    expect(() =>
      loadConfig({
        DATA_DIR: '/tmp/portal-cors-config',
        LICENSING_CORS_ORIGINS: 'https://a.example/app',
      }),
    ).toThrow(ConfigError);
  });
});
