import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

describe.each(await availableDialects())('vendor features and grants on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    vendor = await vendorClient(t, 'erp');
  });
  afterAll(() => t.close());

  const del = (url: string) =>
    t.app.inject({
      method: 'DELETE',
      url: `/api/vendor${url}`,
      headers: { authorization: `Bearer ${vendor.token}` },
    });
  const events = (organizationId: number) =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'message', 'type', 'metadata'])
      .where('organization_id', '=', organizationId)
      .orderBy('id')
      .execute();

  /** A new product with two features, and a license of it for a new organization. */
  async function setUp(code: string) {
    const product = (
      await vendor.post('/products', {
        code,
        name: `Product ${code}`,
        licenseType: 'perpetual',
        deploymentType: 'on-premise',
        activationKind: 'machine',
      })
    ).json();
    const solver = await vendor.post(`/products/${product.id}/features`, {
      code: 'fea-solver',
      name: 'FEA Solver',
      kind: 'switch',
      description: 'Finite elements',
    });
    expect(solver.statusCode, solver.body).toBe(201);
    const cores = await vendor.post(`/products/${product.id}/features`, {
      code: 'max-cores',
      name: 'Solver cores',
      kind: 'limit',
      unit: 'max cores',
    });
    expect(cores.statusCode, cores.body).toBe(201);
    const org = (await vendor.post('/organizations', { name: `Customer of ${code}` })).json();
    const entitlement = (
      await vendor.post('/entitlements', {
        organizationId: org.id,
        salesOrder: 'SO-77001',
        orderDate: '2026-06-01',
        licenses: [{ productCode: code, seats: 3 }],
      })
    ).json();
    return { product, solver: solver.json(), org, entitlement, license: entitlement.licenses[0] };
  }

  it('declares, lists, changes and removes features; a granted one cannot be removed', async () => {
    const { product, solver, license } = await setUp('FEAT-DEF');
    expect(solver).toMatchObject({
      productId: product.id,
      code: 'fea-solver',
      name: 'FEA Solver',
      kind: 'switch',
      unit: null,
      createdAt: TEST_NOW.toISOString(),
    });
    expect(
      (await vendor.get(`/products/${product.id}/features`))
        .json()
        .items.map((f: { code: string }) => f.code),
    ).toEqual(['fea-solver', 'max-cores']);
    expect(
      (
        await vendor.post(`/products/${product.id}/features`, {
          code: 'fea-solver',
          name: 'Again',
          kind: 'switch',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await vendor.post(`/products/${product.id}/features`, {
          code: 'Bad Code',
          name: 'Bad',
          kind: 'switch',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await vendor.post(`/products/${product.id}/features`, {
          code: 'gpu',
          name: 'GPU',
          kind: 'switch',
          unit: 'cards',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await vendor.patch(`/features/${solver.id}`, { name: 'FEA Solver Pro' })).json().name,
    ).toBe('FEA Solver Pro');

    expect(
      (await vendor.post(`/licenses/${license.id}/features`, { code: 'fea-solver' })).statusCode,
    ).toBe(201);
    const inUse = await del(`/features/${solver.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('feature_in_use');
    expect((await del(`/licenses/${license.id}/features/fea-solver`)).statusCode).toBe(200);
    expect((await del(`/features/${solver.id}`)).json()).toMatchObject({ deleted: true });
    expect(
      (await vendor.get(`/products/${product.id}/features`))
        .json()
        .items.map((f: { code: string }) => f.code),
    ).toEqual(['max-cores']);
  });

  it('grants, changes and removes features on a license, each an audit event the customer reads', async () => {
    const { org, entitlement, license } = await setUp('FEAT-GRANT');
    const before = (await events(org.id)).length;
    const granted = await vendor.post(`/licenses/${license.id}/features`, {
      code: 'fea-solver',
      expiresAt: '2027-06-30T23:59:59Z',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().features).toEqual([
      {
        code: 'fea-solver',
        name: 'FEA Solver',
        kind: 'switch',
        unit: null,
        limit: null,
        expiresAt: '2027-06-30T23:59:59.000Z',
      },
    ]);
    expect(
      (await vendor.post(`/licenses/${license.id}/features`, { code: 'max-cores', limit: 8 }))
        .statusCode,
    ).toBe(201);
    const changed = await vendor.patch(`/licenses/${license.id}/features/max-cores`, { limit: 32 });
    expect(
      changed.json().features.find((f: { code: string }) => f.code === 'max-cores'),
    ).toMatchObject({ limit: 32, unit: 'max cores' });
    expect(
      (await del(`/licenses/${license.id}/features/fea-solver`))
        .json()
        .features.map((f: { code: string }) => f.code),
    ).toEqual(['max-cores']);
    expect((await vendor.get(`/licenses/${license.id}`)).json().features).toHaveLength(1);

    const last4 = license.key.slice(-4);
    const added = (await events(org.id)).slice(before);
    expect(added.map((e) => [e.type, e.action, e.message])).toEqual([
      [
        'licenses',
        'license.feature_granted',
        `Vendor API (erp) added FEA Solver to the Product FEAT-GRANT license of ${entitlement.publicId} (…${last4})`,
      ],
      [
        'licenses',
        'license.feature_granted',
        `Vendor API (erp) added Solver cores to the Product FEAT-GRANT license of ${entitlement.publicId} (…${last4})`,
      ],
      [
        'licenses',
        'license.feature_changed',
        `Vendor API (erp) changed Solver cores on the Product FEAT-GRANT license of ${entitlement.publicId} (…${last4})`,
      ],
      [
        'licenses',
        'license.feature_removed',
        `Vendor API (erp) removed FEA Solver from the Product FEAT-GRANT license of ${entitlement.publicId} (…${last4})`,
      ],
    ]);
    expect(JSON.parse(added[2].metadata)).toMatchObject({
      feature: 'max-cores',
      from: { limit: 8 },
      to: { limit: 32 },
    });
  });

  it('refuses bad grants with a documented 4xx and writes nothing', async () => {
    const { org, license } = await setUp('FEAT-BAD');
    await vendor.post(`/licenses/${license.id}/features`, { code: 'fea-solver' });
    const before = await events(org.id);
    const grants = () =>
      t.ctx.db
        .selectFrom('license_features')
        .select(['feature_id', 'limit_value', 'expires_at'])
        .where('license_id', '=', license.id)
        .execute();
    const grantsBefore = await grants();
    const cases: [string, () => Promise<{ statusCode: number }>, number][] = [
      [
        'a feature of no such code',
        () => vendor.post(`/licenses/${license.id}/features`, { code: 'cfd-solver' }),
        400,
      ],
      [
        'a limit on an on/off feature',
        () => vendor.patch(`/licenses/${license.id}/features/fea-solver`, { limit: 4 }),
        400,
      ],
      [
        'the same feature twice',
        () => vendor.post(`/licenses/${license.id}/features`, { code: 'fea-solver' }),
        409,
      ],
      [
        'a change of a feature not granted',
        () => vendor.patch(`/licenses/${license.id}/features/max-cores`, { limit: 1 }),
        404,
      ],
      [
        'a removal of a feature not granted',
        () => del(`/licenses/${license.id}/features/max-cores`),
        404,
      ],
      [
        'a license that does not exist',
        () => vendor.post('/licenses/999999/features', { code: 'fea-solver' }),
        404,
      ],
      [
        'a bad end date',
        () =>
          vendor.post(`/licenses/${license.id}/features`, {
            code: 'fea-solver',
            expiresAt: 'tomorrow',
          }),
        400,
      ],
      [
        'a negative limit',
        () => vendor.patch(`/licenses/${license.id}/features/fea-solver`, { limit: -1 }),
        400,
      ],
    ];
    for (const [what, request, status] of cases)
      expect((await request()).statusCode, what).toBe(status);
    expect((await events(org.id)).length).toBe(before.length);
    expect((await grants()).length).toBe(grantsBefore.length);
  });

  it('grants features per line when an entitlement is created, each with its own limit and end date, audited', async () => {
    const { org } = await setUp('FEAT-LINE');
    const yearEnd = '2027-06-30T00:00:00.000Z';
    const created = await vendor.post('/entitlements', {
      organizationId: org.id,
      salesOrder: 'SO-77002',
      orderDate: '2026-06-01',
      licenses: [
        {
          productCode: 'FEAT-LINE',
          seats: 2,
          features: [
            { code: 'fea-solver', expiresAt: yearEnd },
            { code: 'max-cores', limit: 16 },
          ],
        },
        { productCode: 'FEAT-LINE', seats: 1 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const [withFeatures, plain] = created.json().licenses as { id: number }[];
    expect((await vendor.get(`/licenses/${withFeatures.id}`)).json().features).toEqual([
      expect.objectContaining({ code: 'fea-solver', limit: null, expiresAt: yearEnd }),
      expect.objectContaining({ code: 'max-cores', limit: 16, expiresAt: null }),
    ]);
    expect((await vendor.get(`/licenses/${plain.id}`)).json().features).toEqual([]);
    const granted = (await events(org.id)).filter((e) => e.action === 'license.feature_granted');
    expect(granted.map((e) => e.message)).toEqual([
      expect.stringMatching(/added FEA Solver to the Product FEAT-LINE license of ENT-/),
      expect.stringMatching(/added Solver cores to the Product FEAT-LINE license of ENT-/),
    ]);

    // A bad grant names its line and refuses the whole entitlement.
    const before = (await events(org.id)).length;
    for (const [features, field] of [
      [[{ code: 'no-such' }], 'licenses.0.features.0.code'],
      [[{ code: 'fea-solver', limit: 3 }], 'licenses.0.features.0.limit'],
      [[{ code: 'fea-solver' }, { code: 'fea-solver' }], 'licenses.0.features.1.code'],
    ] as const) {
      const refused = await vendor.post('/entitlements', {
        organizationId: org.id,
        salesOrder: 'SO-77003',
        orderDate: '2026-06-01',
        licenses: [{ productCode: 'FEAT-LINE', seats: 1, features }],
      });
      expect(refused.statusCode, refused.body).toBeGreaterThanOrEqual(400);
      expect(refused.statusCode).toBeLessThan(500);
      expect(refused.json().error.fields).toHaveProperty([field]);
    }
    expect((await events(org.id)).length).toBe(before);
    expect(
      (await vendor.get('/entitlements', { organizationId: String(org.id) })).json().items,
    ).toHaveLength(2);
  });
});
