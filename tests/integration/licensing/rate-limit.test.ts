import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { licensingCall } from '../../support/licensing-fixtures.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('licensing rate limits on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('defaults to 1200 requests a minute per address and 300 per key', () => {
    expect(t.ctx.config.licensingRateLimit).toEqual({ perIp: 1200, perKey: 300 });
  });

  const validate = (call: ReturnType<typeof licensingCall>, key: string) =>
    call('/licenses/validate', { key });

  it('limits one license key, answering 429 with Retry-After; other keys from the same address go on', async () => {
    const call = licensingCall(t, '127.0.0.5');
    for (let i = 0; i < t.ctx.config.licensingRateLimit.perKey; i++)
      expect((await validate(call, 'KEY00-00000-00000-00000-00001')).statusCode).toBe(200);
    const limited = await validate(call, 'key00-00000-00000-00000-00001');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['x-signature']).toMatch(/^ed25519=/);
    expect(limited.json().error.code).toBe('rate_limited');
    expect((await validate(call, 'KEY00-00000-00000-00000-00002')).statusCode).toBe(200);
  });

  it('limits one client address across keys', async () => {
    const call = licensingCall(t, '127.0.0.6');
    for (let i = 0; i < t.ctx.config.licensingRateLimit.perIp; i++)
      await validate(call, `KEY00-00000-00000-00000-${i}`);
    const limited = await validate(call, 'KEY00-00000-00000-00000-FRESH');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(
      (await validate(licensingCall(t, '127.0.0.7'), 'KEY00-00000-00000-00000-FRESH')).statusCode,
    ).toBe(200);
  });

  it('takes its limits from the configuration', async () => {
    const tight = await createTestApp(dialect, { env: { LICENSING_RATE_LIMIT_PER_KEY: '3' } });
    try {
      const call = licensingCall(tight, '127.0.0.8');
      for (let i = 0; i < 3; i++)
        expect((await validate(call, 'KEY00-00000-00000-00000-00009')).statusCode).toBe(200);
      expect((await validate(call, 'KEY00-00000-00000-00000-00009')).statusCode).toBe(429);
    } finally {
      await tight.close();
    }
  });
});
