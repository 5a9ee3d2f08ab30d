import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EntitlementDetail,
  EntitlementLineItem,
  LicenseProductDetail,
  LicenseProductItem,
} from '../../../src/common/licenses-api.js';
import type { Page } from '../../../src/common/page.js';
import { calendarDayInZone } from '../../../src/common/format/day-range.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('license inventory on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  const products = async (query = '', client = viewer) => {
    const response = await client.get(`/api/portal/licenses/products${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<LicenseProductItem>>();
  };
  const lines = async (query = '') => {
    const response = await viewer.get(`/api/portal/licenses/entitlements${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<EntitlementLineItem>>();
  };
  const publicIds = (page: Page<EntitlementLineItem>) => [
    ...new Set(page.items.map((line) => line.entitlementPublicId)),
  ];

  it('lists the products the organization holds, sorted by any column, searched by name or type', async () => {
    expect((await products()).items.map((p) => p.name)).toEqual([
      'Atlas CAD Studio',
      'Beacon Analytics Cloud',
      'Cirrus Render Farm',
      'Delta Simulation Suite',
      'Echo Field Toolkit',
    ]);
    const byType = (await products('?sort=licenseType&direction=desc')).items.map(
      (p) => p.licenseType,
    );
    expect(byType).toEqual([...byType].sort().reverse());
    const byDescription = (await products('?sort=description')).items.map((p) => p.description);
    expect(byDescription).toEqual([...byDescription].sort());
    expect((await products('?q=CAD')).items.map((p) => p.name)).toEqual(['Atlas CAD Studio']);
    const perpetual = (await products('?q=perpetual')).items;
    expect(perpetual.length).toBeGreaterThan(0);
    expect(perpetual.every((p) => p.licenseType === 'perpetual')).toBe(true);
    expect((await products('?q=%25')).items).toEqual([]);
  });

  it('pages products with a cursor and refuses a forged one', async () => {
    const first = await products('?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await products(`?limit=2&cursor=${first.nextCursor}`);
    const third = await products(`?limit=2&cursor=${second.nextCursor}`);
    expect([...first.items, ...second.items, ...third.items].map((p) => p.name)).toEqual(
      (await products()).items.map((p) => p.name),
    );
    expect(third.nextCursor).toBeNull();
    expect((await viewer.get('/api/portal/licenses/products?cursor=forged')).statusCode).toBe(400);
  });

  it('shows another organization only its own products and lines', async () => {
    const globex = await t.signIn(GLOBEX_ADMIN);
    expect((await products('', globex)).items.map((p) => p.name)).toEqual([
      'Atlas CAD Studio',
      'Delta Simulation Suite',
    ]);
    const atlas = (await products('?q=Atlas')).items[0];
    const detail = (
      await globex.get(`/api/portal/licenses/products/${atlas.productId}`)
    ).json<LicenseProductDetail>();
    expect(detail.lines.map((line) => line.entitlementPublicId)).toEqual(['ENT-000201']);
    const echo = (await products('?q=Echo')).items[0];
    expect((await globex.get(`/api/portal/licenses/products/${echo.productId}`)).statusCode).toBe(
      404,
    );
  });

  it('details a product with the entitlements that include it, seats and masked keys', async () => {
    const atlas = (await products('?q=Atlas')).items[0];
    const detail = (
      await viewer.get(`/api/portal/licenses/products/${atlas.productId}`)
    ).json<LicenseProductDetail>();
    expect(detail.product).toMatchObject({ name: 'Atlas CAD Studio', activationKind: 'machine' });
    expect(
      detail.lines.map((line) => [
        line.entitlementPublicId,
        line.available,
        line.activated,
        line.unactivated,
      ]),
    ).toEqual([
      ['ENT-000104', 10, 1, 9],
      ['ENT-000101', 25, 3, 22],
    ]);
    expect(detail.lines[0].maskedKey).toMatch(/^•+-.*[A-Z0-9]{4}$/);
    expect(JSON.stringify(detail)).not.toContain('ciphertext');
  });

  it('lists entitlement lines with statuses, searched by the chosen field', async () => {
    const all = await lines('?sort=entitlementId&direction=asc');
    expect(publicIds(all)).toEqual(['ENT-000101', 'ENT-000102', 'ENT-000103', 'ENT-000104']);
    expect(all.items).toHaveLength(8);
    const statuses = Object.fromEntries(
      all.items.map((line) => [`${line.entitlementPublicId} ${line.productName}`, line.status]),
    );
    expect(statuses).toMatchObject({
      'ENT-000101 Atlas CAD Studio': 'active',
      'ENT-000102 Beacon Analytics Cloud': 'expiring_soon',
      'ENT-000103 Echo Field Toolkit': 'expired',
      'ENT-000103 Delta Simulation Suite': 'suspended',
    });
    expect(publicIds(await lines('?scope=salesOrder&q=so-48377'))).toEqual(['ENT-000102']);
    expect(publicIds(await lines('?scope=poNumber&q=2502'))).toEqual(['ENT-000104']);
    expect(publicIds(await lines('?q=000103'))).toEqual(['ENT-000103']);
    expect((await lines('?scope=entitlementId&q=SO-48377')).items).toEqual([]);
  });

  it('sorts entitlement lines by every sortable column, nulls last when ascending', async () => {
    for (const [sort, value] of [
      ['salesOrder', (l: EntitlementLineItem) => l.salesOrder],
      ['product', (l: EntitlementLineItem) => l.productName],
      ['orderDate', (l: EntitlementLineItem) => l.orderDate],
      ['expiration', (l: EntitlementLineItem) => l.expiresAt ?? '9999-12-31'],
      ['poNumber', (l: EntitlementLineItem) => l.poNumber ?? ''],
    ] as const) {
      const values = (await lines(`?sort=${sort}&direction=asc`)).items.map(value);
      expect(values, sort).toEqual([...values].sort());
      const paged = await lines(`?sort=${sort}&direction=desc&limit=3`);
      const next = await lines(`?sort=${sort}&direction=desc&limit=3&cursor=${paged.nextCursor}`);
      expect([...paged.items, ...next.items].map(value), sort).toEqual(
        [...values].reverse().slice(0, 6),
      );
    }
  });

  it('filters entitlement lines by order or expiration date range, and refuses a reversed range', async () => {
    const all = (await lines()).items;
    const recent = all.filter(
      (line) =>
        line.orderDate >= all.find((l) => l.entitlementPublicId === 'ENT-000104')!.orderDate,
    );
    const from = recent[0].orderDate;
    expect(publicIds(await lines(`?dateField=orderDate&from=${from}`))).toEqual(['ENT-000104']);
    // Expirations are instants: the days of the range are the viewer's (Europe/Berlin).
    const zone = 'Europe/Berlin';
    const expiring = all
      .filter((line) => line.expiresAt !== null)
      .map((line) => line.expiresAt!)
      .sort();
    const to = calendarDayInZone(new Date(expiring[0]), zone);
    const filtered = (await lines(`?dateField=expiration&to=${to}`)).items;
    expect(filtered.map((line) => line.licenseId)).toEqual(
      all
        .filter((l) => l.expiresAt !== null && calendarDayInZone(new Date(l.expiresAt), zone) <= to)
        .map((l) => l.licenseId),
    );
    expect(filtered.length).toBeGreaterThan(0);
    expect(
      (await viewer.get('/api/portal/licenses/entitlements?from=2026-02-01&to=2026-01-01'))
        .statusCode,
    ).toBe(400);
    expect(
      (await viewer.get('/api/portal/licenses/entitlements?dateField=shipDate')).statusCode,
    ).toBe(400);
  });

  it("shows each line's own license expiry, the one its panel shows; an entitlement ends with its last license", async () => {
    const all = (await lines('?sort=entitlementId&direction=asc')).items;
    for (const line of all) {
      const detail = (
        await viewer.get(`/api/portal/licenses/entitlements/${line.entitlementId}`)
      ).json<EntitlementDetail>();
      const license = detail.licenses.find((l) => l.licenseId === line.licenseId)!;
      expect(line.expiresAt, `${line.entitlementPublicId} ${line.productName}`).toBe(
        license.expiresAt,
      );
      expect(line.status).toBe(license.status);
    }
    const byName = Object.fromEntries(
      all.map((line) => [`${line.entitlementPublicId} ${line.productName}`, line]),
    );
    // An expired license shows its past expiry, not its entitlement's later one.
    const expired = byName['ENT-000103 Echo Field Toolkit'];
    expect(Date.parse(expired.expiresAt!)).toBeLessThan(t.ctx.now().getTime());
    expect(byName['ENT-000101 Atlas CAD Studio'].expiresAt).toBeNull();
    expect(byName['ENT-000101 Cirrus Render Farm'].expiresAt).not.toBeNull();
    const detailOf = async (publicId: string) =>
      (
        await viewer.get(
          `/api/portal/licenses/entitlements/${all.find((l) => l.entitlementPublicId === publicId)!.entitlementId}`,
        )
      ).json<EntitlementDetail>();
    expect((await detailOf('ENT-000101')).expiresAt).toBeNull();
    const ent102 = await detailOf('ENT-000102');
    expect(ent102.expiresAt).toBe(
      ent102.licenses
        .map((l) => l.expiresAt!)
        .sort()
        .at(-1),
    );
  });

  it('details an entitlement with its licenses; another organization gets 404', async () => {
    const line = (await lines('?q=ENT-000101')).items[0];
    const detail = (
      await viewer.get(`/api/portal/licenses/entitlements/${line.entitlementId}`)
    ).json<EntitlementDetail>();
    expect(detail).toMatchObject({
      publicId: 'ENT-000101',
      salesOrder: 'SO-48210',
      poNumber: 'PO-NW-2291',
      totalAvailable: 35,
    });
    expect(detail.licenses.map((l) => [l.productName, l.available, l.activated])).toEqual([
      ['Atlas CAD Studio', 25, 3],
      ['Cirrus Render Farm', 10, 6],
    ]);
    const globex = await t.signIn(GLOBEX_ADMIN);
    expect(
      (await globex.get(`/api/portal/licenses/entitlements/${line.entitlementId}`)).statusCode,
    ).toBe(404);
  });
});
