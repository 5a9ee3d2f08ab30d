import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../support/demo-users.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import type {
  LicenseLine,
  LicenseProductDetail,
  LicenseProductItem,
} from '../../src/common/licenses-api.js';
import type { Page } from '../../src/common/page.js';

const DAY = 86_400_000;

/**
 * Northwind Robotics in demo-data.ts, by hand: 8 licenses (25+10+3+8+5+4+10+2 = 67 seats);
 * expired: ECHO (-6 d); suspended: DELTA 4 seats; so 6 active; expiring within 30 days:
 * BEACON (+12 d) and DELTA (+29 d), not BEACON (+45 d). Live activations: 8 of 9
 * (one deactivated), holding 1+1+1+4+2+1+3+1 = 14 seats. Members: 4.
 */
const NORTHWIND = {
  totalLicenses: 8,
  activeLicenses: 6,
  activationsInUse: 8,
  expiringSoon: 2,
  availableLicenses: 67,
  activatedLicenses: 14,
  // 67 − 14 = 53, less the 9 seats of the expired trial and the suspended license: not free.
  unactivatedLicenses: 44,
};

describe.each(await availableDialects())('dashboard on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('computes every KPI of the Admin view from the seed', async () => {
    const body = (await (await t.signIn(NORTHWIND_ADMIN)).get('/api/portal/dashboard')).json();
    expect(body.kpis).toEqual({ ...NORTHWIND, totalMembers: 4 });
  });

  it('agrees with the license panels: seats, activated and unactivated (none of a suspended or expired license)', async () => {
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const products = (await viewer.get('/api/portal/licenses/products')).json<
      Page<LicenseProductItem>
    >().items;
    const lines = (
      await Promise.all(
        products.map(
          async (p) =>
            (
              await viewer.get(`/api/portal/licenses/products/${p.productId}`)
            ).json<LicenseProductDetail>().lines,
        ),
      )
    ).flat();
    const sum = (pick: (line: LicenseLine) => number) =>
      lines.reduce((total, line) => total + pick(line), 0);
    expect(sum((l) => l.available)).toBe(NORTHWIND.availableLicenses);
    expect(sum((l) => l.activated)).toBe(NORTHWIND.activatedLicenses);
    expect(sum((l) => l.unactivated)).toBe(NORTHWIND.unactivatedLicenses);
    for (const line of lines.filter((l) => l.status === 'suspended' || l.status === 'expired'))
      expect(line.unactivated).toBe(0);
  });

  it('does not send Total Members to a Viewer', async () => {
    const body = (await (await t.signIn(NORTHWIND_VIEWER)).get('/api/portal/dashboard')).json();
    expect(body.kpis).toEqual(NORTHWIND);
    expect('totalMembers' in body.kpis).toBe(false);
  });

  it('moves licenses across the 30-day and expiry boundaries as time passes', async () => {
    // 16 days on: BEACON(+12) has expired, BEACON(+45) is 29 days away and now expiring soon.
    t.clock.now = new Date(TEST_NOW.getTime() + 16 * DAY);
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const later = (await admin.get('/api/portal/dashboard')).json();
    t.clock.now = TEST_NOW;
    expect(later.kpis).toMatchObject({ activeLicenses: 5, expiringSoon: 2 });
  });

  it('lists the five newest licenses masked, and recent activations and events', async () => {
    const body = (await (await t.signIn(NORTHWIND_VIEWER)).get('/api/portal/dashboard')).json();
    expect(body.recentLicenses).toHaveLength(5);
    expect(body.recentLicenses[0]).toMatchObject({
      productName: 'Beacon Analytics Cloud',
      status: 'active',
    });
    for (const license of body.recentLicenses)
      expect(license.maskedKey).toMatch(/^•••••-•••••-•••••-•••••-•[A-Z0-9]{4}$/);
    const statuses = body.recentLicenses.map((l: { status: string }) => l.status);
    expect(statuses).toEqual(['active', 'active', 'suspended', 'expired', 'expiring_soon']);
    expect(body.recentActivations[0]).toMatchObject({
      productName: 'Atlas CAD Studio',
      quantity: 1,
      activatedBy: 'Alice Moreau',
    });
    expect(body.recentAuditEvents.length).toBeGreaterThan(0);
    for (const event of body.recentAuditEvents) expect(event).toHaveProperty('user');
  });

  it('scopes everything to the active organization', async () => {
    const body = (await (await t.signIn(GLOBEX_ADMIN)).get('/api/portal/dashboard')).json();
    expect(body.kpis).toEqual({
      totalLicenses: 2,
      activeLicenses: 2,
      activationsInUse: 1,
      expiringSoon: 1,
      availableLicenses: 56,
      activatedLicenses: 5,
      unactivatedLicenses: 51,
      totalMembers: 2,
    });
    expect(body.recentActivations.map((a: { productName: string }) => a.productName)).toEqual([
      'Atlas CAD Studio',
    ]);
  });
});
