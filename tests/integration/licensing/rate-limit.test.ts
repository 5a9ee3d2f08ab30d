import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LICENSING_RATE_LIMITS } from '../../../src/server/modules/licensing/rate-limits.js';
import { availableDialects } from '../../support/databases.js';
import { licensingCall } from '../../support/licensing-fixtures.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('licensing rate limits on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const validate = (call: ReturnType<typeof licensingCall>, key: string) => call('/licenses/validate', { key });

  it('limits one license key, answering 429 with Retry-After; other keys from the same address go on', async () => {
    const call = licensingCall(t, '127.0.0.5');
    for (let i = 0; i < LICENSING_RATE_LIMITS.perKey; i++) expect((await validate(call, 'KEY00-00000-00000-00000-00001')).statusCode).toBe(200);
    const limited = await validate(call, 'key00-00000-00000-00000-00001');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['x-signature']).toMatch(/^ed25519=/);
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await validate(call, 'KEY00-00000-00000-00000-00002')).statusCode).toBe(200);
  });

  it('limits one client address across keys', async () => {
    const call = licensingCall(t, '127.0.0.6');
    for (let i = 0; i < LICENSING_RATE_LIMITS.perIp; i++) await validate(call, `KEY00-00000-00000-00000-${i}`);
    const limited = await validate(call, 'KEY00-00000-00000-00000-FRESH');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await validate(licensingCall(t, '127.0.0.7'), 'KEY00-00000-00000-00000-FRESH')).statusCode).toBe(200);
  });
});
