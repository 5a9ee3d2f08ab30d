import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { artifactIdOf } from '../../support/download-fixtures.js';
import { NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('range requests on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  let url: string;
  let whole: Buffer;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
    const artifactId = await artifactIdOf(t.ctx, 'DELTA-SIM', '5.1.0');
    url = (await viewer.post(`/api/portal/downloads/artifacts/${artifactId}/link`)).json().url;
    whole = (await viewer.get(url)).rawPayload;
  });
  afterAll(() => t.close());

  const ranged = (range: string) => viewer.request({ method: 'GET', url, headers: { range } });

  it('serves one byte range with 206, Content-Range and Content-Length', async () => {
    const response = await ranged('bytes=10-19');
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes 10-19/${whole.length}`);
    expect(response.headers['content-length']).toBe('10');
    expect(response.rawPayload.equals(whole.subarray(10, 20))).toBe(true);
  });

  it('serves open-ended and suffix ranges, clamping the end to the file', async () => {
    const tail = await ranged(`bytes=${whole.length - 5}-`);
    expect(tail.rawPayload.equals(whole.subarray(whole.length - 5))).toBe(true);
    const suffix = await ranged('bytes=-7');
    expect(suffix.headers['content-range']).toBe(
      `bytes ${whole.length - 7}-${whole.length - 1}/${whole.length}`,
    );
    const clamped = await ranged(`bytes=0-${whole.length * 2}`);
    expect(clamped.rawPayload.equals(whole)).toBe(true);
  });

  it('answers 416 to a range outside the file or malformed', async () => {
    for (const range of [`bytes=${whole.length}-`, 'bytes=9-3', 'bytes=-0', 'items=0-4']) {
      const response = await ranged(range);
      expect(response.statusCode, range).toBe(416);
      expect(response.headers['content-range']).toBe(`bytes */${whole.length}`);
    }
  });

  it('audits a download once, not for every resumed range', async () => {
    const countBefore = (await viewer.get('/api/portal/audit-events?type=downloads')).json().items
      .length;
    await ranged('bytes=0-99');
    await ranged('bytes=100-');
    const countAfter = (await viewer.get('/api/portal/audit-events?type=downloads')).json().items
      .length;
    expect(countAfter).toBe(countBefore + 1);
  });
});
