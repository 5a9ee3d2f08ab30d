import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe.each(await availableDialects())('vendor validation on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  let northwindId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    vendor = await vendorClient(t);
    northwindId = (
      await t.ctx.db
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', 'northwind-robotics')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  const counts = async () => ({
    entitlements: Number(
      (
        await t.ctx.db
          .selectFrom('entitlements')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    licenses: Number(
      (
        await t.ctx.db
          .selectFrom('licenses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    audit: Number(
      (
        await t.ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const entitlement = (overrides: Record<string, unknown> = {}) => ({
    organizationId: northwindId,
    salesOrder: 'SO-1',
    orderDate: '2026-06-01',
    licenses: [{ productCode: 'ATLAS-CAD', seats: 3 }],
    ...overrides,
  });
  const expectRefused = async (
    response: { statusCode: number; json: () => { error: { fields?: Record<string, string> } } },
    status: number,
    fields: string[],
  ) => {
    expect(response.statusCode).toBe(status);
    expect(Object.keys(response.json().error.fields ?? {})).toEqual(fields);
  };

  it('names the missing or malformed field and writes nothing', async () => {
    const before = await counts();
    await expectRefused(
      await vendor.post('/entitlements', entitlement({ salesOrder: undefined })),
      400,
      ['salesOrder'],
    );
    await expectRefused(
      await vendor.post('/entitlements', entitlement({ orderDate: '01/06/2026' })),
      400,
      ['orderDate'],
    );
    await expectRefused(
      await vendor.post(
        '/entitlements',
        entitlement({ licenses: [{ productCode: 'ATLAS-CAD', seats: 0 }] }),
      ),
      400,
      ['licenses.0.seats'],
    );
    await expectRefused(await vendor.post('/entitlements', entitlement({ licenses: [] })), 400, [
      'licenses',
    ]);
    await expectRefused(
      await vendor.post('/entitlements', entitlement({ organizationId: 99_999 })),
      400,
      ['organizationId'],
    );
    await expectRefused(
      await vendor.post('/entitlements', entitlement({ expiresOn: '2026-05-01' })),
      400,
      ['expiresOn'],
    );
    expect(await counts()).toEqual(before);
  });

  it('writes no entitlement and no license when a later line is wrong', async () => {
    const before = await counts();
    const response = await vendor.post(
      '/entitlements',
      entitlement({
        licenses: [
          { productCode: 'ATLAS-CAD', seats: 3 },
          { productCode: 'NO-SUCH-PRODUCT', seats: 1 },
        ],
      }),
    );
    await expectRefused(response, 400, ['licenses.1.productCode']);
    expect(await counts()).toEqual(before);
  });

  it('answers 409 naming the field for duplicates, and writes nothing', async () => {
    const before = await counts();
    await expectRefused(
      await vendor.post('/entitlements', entitlement({ publicId: 'ENT-000101' })),
      409,
      ['publicId'],
    );
    expect(await counts()).toEqual(before);
    await expectRefused(await vendor.post('/organizations', { name: 'Northwind Robotics' }), 409, [
      'slug',
    ]);
    await expectRefused(
      await vendor.post('/products', {
        code: 'ATLAS-CAD',
        name: 'x',
        licenseType: 'x',
        deploymentType: 'x',
        activationKind: 'machine',
      }),
      409,
      ['code'],
    );
    await vendor.post('/releases', { productCode: 'ATLAS-CAD', version: '1.0.0' });
    await expectRefused(
      await vendor.post('/releases', { productCode: 'ATLAS-CAD', version: '1.0.0' }),
      409,
      ['version'],
    );
  });

  it('refuses bad product, license and release input with the field', async () => {
    await expectRefused(
      await vendor.post('/products', {
        code: 'lower case',
        name: 'x',
        licenseType: 'x',
        deploymentType: 'x',
        activationKind: 'machine',
      }),
      400,
      ['code'],
    );
    await expectRefused(
      await vendor.post('/products', {
        code: 'OK-CODE',
        name: 'x',
        licenseType: 'x',
        deploymentType: 'x',
        activationKind: 'toaster',
      }),
      400,
      ['activationKind'],
    );
    await expectRefused(await vendor.patch('/products/1', {}), 400, ['body']);
    await expectRefused(await vendor.patch('/products/1', { activationKind: 'domain' }), 409, [
      'activationKind',
    ]);
    const license = await t.ctx.db
      .selectFrom('licenses')
      .select(['id', 'expires_at'])
      .where('expires_at', 'is not', null)
      .executeTakeFirstOrThrow();
    await expectRefused(
      await vendor.post(`/licenses/${license.id}/extend`, { expiresAt: '2020-01-01T00:00:00Z' }),
      400,
      ['expiresAt'],
    );
    await expectRefused(
      await vendor.post(`/licenses/${license.id}/extend`, { expiresAt: 'next week' }),
      400,
      ['expiresAt'],
    );
    await expectRefused(
      await vendor.post('/releases', { productCode: 'NOPE', version: '1' }),
      400,
      ['productCode'],
    );
    expect((await vendor.get('/licenses/99999')).statusCode).toBe(404);
    expect((await vendor.get('/organizations/abc')).statusCode).toBe(400);
    expect((await vendor.get('/licenses', { cursor: 'garbage' })).statusCode).toBe(400);
  });

  it('keeps no file and no row of a refused upload', async () => {
    const release = (
      await vendor.post('/releases', { productCode: 'ATLAS-CAD', version: '2.0.0' })
    ).json();
    const storage = path.join(t.ctx.config.dataDir, 'artifacts');
    const url = `/releases/${release.id}/artifacts`;
    const meta = { fileName: 'atlas.msi', platform: 'windows', arch: 'x64' };
    const seededFiles = filesUnder(storage);
    await expectRefused(
      await vendor.upload(url, Buffer.from('the real bytes'), { ...meta, sha256: 'a'.repeat(64) }),
      400,
      ['sha256'],
    );
    await expectRefused(await vendor.upload(url, Buffer.alloc(0), meta), 400, ['body']);
    await expectRefused(
      await vendor.upload(url, Buffer.from('x'), { ...meta, fileName: '../../etc/passwd' }),
      400,
      ['fileName'],
    );
    expect(
      (await vendor.upload('/releases/99999/artifacts', Buffer.from('x'), meta)).statusCode,
    ).toBe(404);
    expect(filesUnder(storage)).toEqual(seededFiles);
    expect(
      await t.ctx.db
        .selectFrom('artifacts')
        .select('id')
        .where('release_id', '=', release.id)
        .execute(),
    ).toEqual([]);

    expect((await vendor.upload(url, Buffer.from('the real bytes'), meta)).statusCode).toBe(201);
    await expectRefused(await vendor.upload(url, Buffer.from('other bytes'), meta), 409, [
      'fileName',
    ]);
    expect(filesUnder(storage).filter((file) => !seededFiles.includes(file))).toEqual([
      'atlas.msi',
    ]);
  });
});
