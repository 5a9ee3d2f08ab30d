import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { licensingCall, provisionLicense } from '../../support/licensing-fixtures.js';
import { startTestS3, type TestS3 } from '../../support/s3-server.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const METRICS_TOKEN = 'scrape-me-0123456789';

describe.each(await availableDialects())('readiness and metrics on %s', (dialect) => {
  let t: TestApp;
  let s3: TestS3;
  beforeAll(async () => {
    s3 = await startTestS3();
    t = await createTestApp(dialect, {
      env: { ...s3.env, METRICS_TOKEN, REDIS_URL: 'redis://127.0.0.1:6379' },
    });
  });
  afterAll(async () => {
    await t.close();
    await s3.close();
  });

  const scrape = (token?: string) =>
    t.anonymous.request({
      method: 'GET',
      url: '/metrics',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('serves /metrics behind the token only, with latency by route, validate codes and seat refusals', async () => {
    expect((await scrape()).statusCode).toBe(404);
    expect((await scrape('wrong-token')).statusCode).toBe(404);

    const license = await provisionLicense(t, { seats: 1 });
    const call = licensingCall(t);
    await call('/licenses/validate', { key: 'NOPE-NOPE-NOPE-NOPE' });
    expect((await call('/activations', { key: license.key, identifier: 'one' })).statusCode).toBe(
      201,
    );
    expect((await call('/activations', { key: license.key, identifier: 'two' })).statusCode).toBe(
      409,
    );
    await t.anonymous.get('/healthz');

    const response = await scrape(METRICS_TOKEN);
    expect(response.statusCode).toBe(200);
    const text = response.body;
    expect(text).toContain('portal_license_validations_total{code="NOT_FOUND"} 1');
    expect(text).toContain('portal_seat_refusals_total{code="SEATS_EXHAUSTED"} 1');
    expect(text).toMatch(
      /portal_http_request_duration_seconds_count\{method="POST",route="\/v1\/activations",status="201"\} 1/,
    );
    expect(text).toMatch(/portal_http_request_duration_seconds_bucket\{[^}]*route="\/healthz"/);
    if (dialect === 'postgres')
      expect(text).toContain('portal_db_pool_connections{state="max"} 20');
  });

  it('is ready with database, Redis and storage up, and names the storage once it is down', async () => {
    const ready = await t.anonymous.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ database: 'up', storage: 'up', redis: 'up' });

    await s3.close();
    const down = await t.anonymous.get('/readyz');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({
      status: 'unavailable',
      message: 'Not ready: storage is down.',
      down: ['storage'],
      checks: { database: 'up', redis: 'up', storage: 'down' },
    });
    expect((await t.anonymous.get('/healthz')).statusCode).toBe(200);
  });
});
