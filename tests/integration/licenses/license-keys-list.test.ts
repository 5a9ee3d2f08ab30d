import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardPayload } from '../../../src/common/api-types.js';
import type { LicenseKeyItem } from '../../../src/common/license-keys-schema.js';
import type { Page } from '../../../src/common/page.js';
import { updateProduct } from '../../../src/server/modules/provisioning/products/service.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient } from '../../support/vendor-client.js';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(TEST_NOW.getTime() + days * DAY).toISOString();

describe.each(await availableDialects())('License Keys list on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  const keys = async (query = '', client = viewer) => {
    const response = await client.get(`/api/portal/licenses/keys${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<LicenseKeyItem>>();
  };
  const all = async (query: string, client = viewer) => {
    const items: LicenseKeyItem[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<LicenseKeyItem> = await keys(
        `${query}${query ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        client,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  it('lists every license of the organization with the Dashboard’s counts, masked keys and live seats', async () => {
    const dashboard = (await viewer.get('/api/portal/dashboard')).json<DashboardPayload>();
    const every = await all('');
    expect(every).toHaveLength(dashboard.kpis.totalLicenses);
    expect(every.reduce((sum, row) => sum + row.seats, 0)).toBe(dashboard.kpis.availableLicenses);
    expect(every.reduce((sum, row) => sum + row.seatsUsed, 0)).toBe(
      dashboard.kpis.activatedLicenses,
    );
    expect(every.every((row) => /^•{5}-•{5}-•{5}-•{5}-•[A-Z0-9]{4}$/.test(row.maskedKey))).toBe(
      true,
    );
    expect((await all('?status=active')).length).toBe(dashboard.kpis.activeLicenses);
    expect((await all('?expiringWithinDays=30')).length).toBe(dashboard.kpis.expiringSoon);
    // Newest first by default, keyset-paged without repeats.
    expect(new Set(every.map((row) => row.licenseId)).size).toBe(every.length);
    expect(every.map((row) => row.addedAt)).toEqual(
      [...every.map((row) => row.addedAt)].sort().reverse(),
    );
  });

  it('filters by status, product and expiry window, and searches entitlement ids and key endings', async () => {
    const soon = await provisionLicense(t, { seats: 3, expiresAt: inDays(5) });
    const later = await provisionLicense(t, { seats: 4, expiresAt: inDays(200) });
    const admin = await t.signIn(NORTHWIND_ADMIN);
    await admin.post(`/api/portal/licenses/${soon.licenseId}/activations`, {
      quantity: 2,
      projectName: 'P',
      projectManager: 'M',
      identifier: 'KEYS-LIST-1',
    });

    const [row] = (
      await keys(
        `?productId=${(await t.ctx.db.selectFrom('licenses').select('product_id').where('id', '=', soon.licenseId).executeTakeFirstOrThrow()).product_id}`,
      )
    ).items;
    expect(row).toMatchObject({
      licenseId: soon.licenseId,
      status: 'expiring_soon',
      seats: 3,
      seatsUsed: 2,
      expiresAt: inDays(5),
    });
    expect(row.maskedKey.endsWith(soon.key.slice(-4))).toBe(true);

    const withinSeven = (await all('?expiringWithinDays=7')).map((r) => r.licenseId);
    expect(withinSeven).toContain(soon.licenseId);
    expect(withinSeven).not.toContain(later.licenseId);
    expect((await all('?expiringWithinDays=365')).map((r) => r.licenseId)).toContain(
      later.licenseId,
    );

    expect(
      (await keys(`?q=${soon.key.slice(-4).toLowerCase()}`)).items.map((r) => r.licenseId),
    ).toContain(soon.licenseId);
    expect(
      (await keys(`?q=${encodeURIComponent(row.maskedKey)}`)).items.map((r) => r.licenseId),
    ).toContain(soon.licenseId);
    const byEntitlement = (await keys(`?q=${row.entitlementPublicId}`)).items;
    expect(byEntitlement.map((r) => r.licenseId)).toEqual([soon.licenseId]);
    expect((await keys('?q=%25')).items).toEqual([]);

    await t.ctx.db
      .updateTable('licenses')
      .set({ status: 'suspended' })
      .where('id', '=', later.licenseId)
      .execute();
    const suspended = await all('?status=suspended');
    expect(suspended.map((r) => r.licenseId)).toContain(later.licenseId);
    expect(suspended.every((r) => r.status === 'suspended')).toBe(true);
    expect((await all('?status=active')).map((r) => r.licenseId)).not.toContain(later.licenseId);
    expect((await all('?status=expired')).every((r) => r.status === 'expired')).toBe(true);
  });

  it('sorts by expiry (never last going up) and by product, across pages', async () => {
    const byExpiry = await all('?sort=expiresAt&direction=asc');
    const expiries = byExpiry.map((row) => row.expiresAt ?? '9999');
    expect(expiries).toEqual([...expiries].sort());
    expect(byExpiry.at(-1)!.expiresAt).toBeNull();
    const byProduct = (await all('?sort=product&direction=desc')).map((row) => row.productName);
    expect(byProduct).toEqual([...byProduct].sort().reverse());
  });

  it('sorts by product under its new name after a rename (the name kept on each license)', async () => {
    const [last] = await all('?sort=product&direction=desc');
    const renamed = 'AAA renamed product';
    await updateProduct(t.ctx, last.productId, { name: renamed });
    try {
      const byProduct = await all('?sort=product&direction=asc');
      const first = byProduct.filter((row) => row.productId === last.productId);
      expect(byProduct.slice(0, first.length)).toEqual(first);
      expect(first.every((row) => row.productName === renamed)).toBe(true);
    } finally {
      await updateProduct(t.ctx, last.productId, { name: last.productName });
    }
  });

  it('shows who each key is assigned to and filters by Assigned to (me, none, a member)', async () => {
    const license = await provisionLicense(t, { seats: 3 });
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const assigned = await admin.post(`/api/portal/licenses/${license.licenseId}/assignments`, {
      email: NORTHWIND_VIEWER,
      quantity: 2,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const viewerUser = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', NORTHWIND_VIEWER)
      .executeTakeFirstOrThrow();
    const ids = async (query: string, client = viewer) =>
      (await all(query, client)).map((row) => row.licenseId);

    const row = (await all('')).find((r) => r.licenseId === license.licenseId)!;
    expect(row.assignees).toEqual([
      { name: expect.stringMatching(/^Victor/), quantity: 2, pending: false, isMe: true },
    ]);
    const mine = await all('?assigned=me');
    expect(mine.map((r) => r.licenseId)).toContain(license.licenseId);
    expect(mine.every((r) => r.assignees.some((a) => a.isMe))).toBe(true);
    expect(await ids(`?assigned=${viewerUser.id}`, admin)).toEqual(mine.map((r) => r.licenseId));
    expect(await ids('?assigned=me', admin)).not.toContain(license.licenseId);
    const unassigned = await all('?assigned=none');
    expect(unassigned.map((r) => r.licenseId)).not.toContain(license.licenseId);
    expect(unassigned.every((r) => r.assignees.length === 0)).toBe(true);
    expect(unassigned.length + (await all('')).filter((r) => r.assignees.length > 0).length).toBe(
      (await all('')).length,
    );
  });

  it('lists the features each key grants, with their limits and end dates', async () => {
    const license = await provisionLicense(t, { seats: 2 });
    const vendor = await vendorClient(t);
    const product = await t.ctx.db
      .selectFrom('products')
      .select('id')
      .where('code', '=', license.productCode)
      .executeTakeFirstOrThrow();
    for (const feature of [
      { code: 'fea-solver', name: 'FEA Solver', kind: 'switch' },
      { code: 'max-cores', name: 'Solver cores', kind: 'limit', unit: 'max cores' },
    ])
      expect((await vendor.post(`/products/${product.id}/features`, feature)).statusCode).toBe(201);
    await vendor.post(`/licenses/${license.licenseId}/features`, {
      code: 'fea-solver',
      expiresAt: inDays(20),
    });
    await vendor.post(`/licenses/${license.licenseId}/features`, { code: 'max-cores', limit: 8 });

    const row = (await all('')).find((r) => r.licenseId === license.licenseId)!;
    expect(row.features).toEqual([
      {
        code: 'fea-solver',
        name: 'FEA Solver',
        kind: 'switch',
        unit: null,
        limit: null,
        expiresAt: inDays(20),
      },
      {
        code: 'max-cores',
        name: 'Solver cores',
        kind: 'limit',
        unit: 'max cores',
        limit: 8,
        expiresAt: null,
      },
    ]);
  });

  it('shows another organization only its own keys and refuses bad input with a 400', async () => {
    const northwind = new Set((await all('')).map((row) => row.licenseId));
    const globex = await keys('', await t.signIn(GLOBEX_ADMIN));
    expect(globex.items.length).toBeGreaterThan(0);
    expect(globex.items.some((row) => northwind.has(row.licenseId))).toBe(false);
    for (const query of [
      '?status=expiring',
      '?expiringWithinDays=0',
      '?assigned=someone',
      '?assigned=0',
      '?sort=key',
      '?cursor=forged',
      '?colour=red',
    ]) {
      const response = await viewer.get(`/api/portal/licenses/keys${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBeTruthy();
    }
  });
});
