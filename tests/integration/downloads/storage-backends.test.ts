import { createHash } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { artifactIdOf } from '../../support/download-fixtures.js';
import { startTestS3, type TestS3 } from '../../support/s3-server.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

const backends = ['local', 's3'] as const;
const cases = (await availableDialects()).flatMap((dialect) =>
  backends.map((backend) => [dialect, backend] as const),
);

describe.each(cases)('artifact storage on %s with %s files', (dialect, backend) => {
  let t: TestApp;
  let s3: TestS3 | undefined;
  let viewer: Client;

  beforeAll(async () => {
    s3 = backend === 's3' ? await startTestS3() : undefined;
    t = await createTestApp(dialect, { env: s3?.env });
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(async () => {
    await t.close();
    await s3?.close();
  });

  const downloadEvents = async () =>
    (await viewer.get('/api/portal/audit-events?type=downloads')).json().items as {
      message: string;
    }[];
  const linkTo = async (artifactId: number) =>
    (await viewer.post(`/api/portal/downloads/artifacts/${artifactId}/link`)).json().url as string;

  it('stores a vendor upload in the configured storage and serves it whole and by range', async () => {
    const release = await t.ctx.db
      .selectFrom('releases')
      .innerJoin('products', 'products.id', 'releases.product_id')
      .select('releases.id')
      .where('products.code', '=', 'DELTA-SIM')
      .where('releases.version', '=', '5.1.0')
      .executeTakeFirstOrThrow();
    const file = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    const vendor = await vendorClient(t);
    const uploaded = await vendor.upload(`/releases/${release.id}/artifacts`, file, {
      fileName: `delta-sim-5.1.0-${backend}-arm64.bin`,
      platform: 'linux',
      arch: 'arm64',
      sha256: createHash('sha256').update(file).digest('hex'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);

    if (s3) {
      const row = await t.ctx.db
        .selectFrom('artifacts')
        .select('storage_key')
        .where('id', '=', uploaded.json().id)
        .executeTakeFirstOrThrow();
      const object = await s3.client.send(
        new GetObjectCommand({ Bucket: s3.bucket, Key: row.storage_key }),
      );
      expect(Buffer.from(await object.Body!.transformToByteArray()).equals(file)).toBe(true);
    }

    const url = await linkTo(uploaded.json().id);
    const whole = await viewer.get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.equals(file)).toBe(true);

    const ranged = await viewer.request({
      method: 'GET',
      url,
      headers: { range: 'bytes=1000-1999' },
    });
    expect(ranged.statusCode).toBe(206);
    expect(ranged.headers['content-range']).toBe(`bytes 1000-1999/${file.length}`);
    expect(ranged.rawPayload.equals(file.subarray(1000, 2000))).toBe(true);
    const tail = await viewer.request({ method: 'GET', url, headers: { range: 'bytes=-10' } });
    expect(tail.rawPayload.equals(file.subarray(file.length - 10))).toBe(true);
  });

  it('audits a download that was served', async () => {
    const artifactId = await artifactIdOf(t.ctx, 'DELTA-SIM', '5.1.0');
    const before = (await downloadEvents()).length;
    const response = await viewer.get(await linkTo(artifactId));
    expect(response.statusCode).toBe(200);
    const after = await downloadEvents();
    expect(after).toHaveLength(before + 1);
    expect(after[0].message).toContain('downloaded');
  });

  it('answers 404 for a file missing from the storage and does not audit it as downloaded', async () => {
    const artifactId = await artifactIdOf(t.ctx, 'BEACON-CLOUD', '4.2.0');
    const row = await t.ctx.db
      .selectFrom('artifacts')
      .select(['storage_key', 'file_name'])
      .where('id', '=', artifactId)
      .executeTakeFirstOrThrow();
    await t.ctx.storage.remove(row.storage_key);
    const url = await linkTo(artifactId);
    const before = (await downloadEvents()).length;

    const response = await viewer.get(url);
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'file_missing' });
    expect(response.json().error.message).toContain('was not recorded');
    const ranged = await viewer.request({ method: 'GET', url, headers: { range: 'bytes=0-9' } });
    expect(ranged.statusCode).toBe(404);

    const after = await downloadEvents();
    expect(after).toHaveLength(before);
    expect(after.some((event) => event.message.includes(row.file_name))).toBe(false);
  });

  it('is ready while the storage answers', async () => {
    const ready = await t.anonymous.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({
      status: 'ready',
      checks: { database: 'up', storage: 'up' },
    });
  });
});
