import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageOutlook, UsageSeries } from '../../../src/common/usage-api.js';
import { expirySentence, forecastSentence } from '../../../src/common/usage-forecast.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { organizationIdOf, probeLicense } from './usage-fixtures.js';

// TEST_NOW is 2026-06-15T12:00Z: the 30-day range is 17 May … 15 June 2026.
const DAY_MS = 86_400_000;
const day = (date: string, time = '10:00:00.000') => `${date}T${time}Z`;
const daysBefore = (days: number) =>
  new Date(Date.parse('2026-06-15T00:00:00Z') - days * DAY_MS).toISOString().slice(0, 10);

/** The end-of-day seats of a 30-day series as runs: { first day: seats } where the figure changes. */
function changes(series: UsageSeries): Record<string, number> {
  const runs: Record<string, number> = {};
  series.days.forEach((d, i) => {
    if (i === 0 || series.days[i - 1]!.seats !== d.seats) runs[d.date] = d.seats;
  });
  return runs;
}

describe.each(await availableDialects())('seat usage over time on %s', (dialect) => {
  let t: TestApp;
  let northwind: number;
  let known: Awaited<ReturnType<typeof probeLicense>>;
  let growing: Awaited<ReturnType<typeof probeLicense>>;
  let flat: Awaited<ReturnType<typeof probeLicense>>;
  let declining: Awaited<ReturnType<typeof probeLicense>>;
  let expiring: Awaited<ReturnType<typeof probeLicense>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    known = await probeLicense(t.ctx, northwind, {
      seats: 10,
      history: [
        { activatedAt: day('2026-05-01'), quantity: 2 },
        {
          activatedAt: day('2026-05-20', '09:00:00.000'),
          deactivatedAt: day('2026-06-01', '15:00:00.000'),
        },
        { activatedAt: day('2026-06-01', '08:00:00.000'), quantity: 3 },
        // Stopped counting as live when its heartbeat deadline passed, on 12 June.
        {
          activatedAt: day('2026-06-10', '23:59:00.000'),
          heartbeatDeadline: day('2026-06-12', '00:00:00.000'),
        },
        { activatedAt: day('2026-06-15', '11:00:00.000') },
      ],
    });
    // One more seat every day for 30 days: 30 in use of 40, one a day, 10 days left.
    growing = await probeLicense(t.ctx, northwind, {
      seats: 40,
      history: Array.from({ length: 30 }, (_, k) => ({ activatedAt: day(daysBefore(29 - k)) })),
    });
    flat = await probeLicense(t.ctx, northwind, {
      seats: 10,
      history: Array.from({ length: 5 }, () => ({ activatedAt: day(daysBefore(100)) })),
    });
    declining = await probeLicense(t.ctx, northwind, {
      seats: 20,
      history: Array.from({ length: 12 }, (_, k) => ({
        activatedAt: day(daysBefore(60)),
        ...(k < 10 && { deactivatedAt: day(daysBefore(k)) }),
      })),
    });
    expiring = await probeLicense(t.ctx, northwind, {
      seats: 10,
      expiresAt: '2026-06-27T12:00:00.000Z',
      history: Array.from({ length: 9 }, () => ({ activatedAt: day(daysBefore(40)) })),
    });
  });
  afterAll(() => t.close());

  const usage = async (email: string, url: string) => (await t.signIn(email)).get(url);

  it('counts the seats in use at the end of every day from the activation history', async () => {
    const series: UsageSeries = (
      await usage(NORTHWIND_VIEWER, `/api/portal/usage/products/${known.productId}?range=30d`)
    ).json();
    expect(series.days).toHaveLength(30);
    expect(series.days[0]!.date).toBe('2026-05-17');
    expect(series.days.at(-1)!.date).toBe('2026-06-15');
    expect(changes(series)).toEqual({
      '2026-05-17': 2,
      '2026-05-20': 3,
      '2026-06-01': 5,
      '2026-06-10': 6,
      '2026-06-12': 5,
      '2026-06-15': 6,
    });
    expect(series).toMatchObject({
      name: known.productName,
      purchasedSeats: 10,
      seatsInUse: 6,
      peak: { seats: 6, date: '2026-06-10' },
      expiry: null,
    });
    expect(series.weeks).toEqual([
      { weekStart: '2026-05-11', activations: 0, deactivations: 0 },
      { weekStart: '2026-05-18', activations: 1, deactivations: 0 },
      { weekStart: '2026-05-25', activations: 0, deactivations: 0 },
      { weekStart: '2026-06-01', activations: 1, deactivations: 1 },
      { weekStart: '2026-06-08', activations: 1, deactivations: 0 },
      { weekStart: '2026-06-15', activations: 1, deactivations: 0 },
    ]);
  });

  it('covers 90 days and a year, and the entitlement’s series equals its one product’s', async () => {
    const year: UsageSeries = (
      await usage(NORTHWIND_ADMIN, `/api/portal/usage/products/${known.productId}?range=1y`)
    ).json();
    expect(year.days).toHaveLength(365);
    expect(changes(year)).toMatchObject({ '2026-05-01': 2 });
    expect(year.days[0]!.seats).toBe(0);
    const quarter: UsageSeries = (
      await usage(NORTHWIND_ADMIN, `/api/portal/usage/products/${known.productId}?range=90d`)
    ).json();
    expect(quarter.days).toHaveLength(90);
    expect(quarter.days.slice(-30)).toEqual(year.days.slice(-30));
    const entitlement: UsageSeries = (
      await usage(NORTHWIND_ADMIN, `/api/portal/usage/entitlements/${known.entitlementId}?range=1y`)
    ).json();
    expect(entitlement.days).toEqual(year.days);
    expect(entitlement.name).toBe(known.publicId);
  });

  it('forecasts the day a growing product runs out of seats, and says why there is none otherwise', async () => {
    const grows: UsageSeries = (
      await usage(NORTHWIND_ADMIN, `/api/portal/usage/products/${growing.productId}`)
    ).json();
    expect(grows.seatsInUse).toBe(30);
    expect(grows.forecast).toEqual({
      outcome: 'runsOut',
      daysLeft: 10,
      runsOutOn: '2026-06-25',
      seatsPerDay: 1,
      fitDays: 30,
    });
    expect(forecastSentence(grows.name, grows.forecast)).toBe(
      `At this rate, ${growing.productName} runs out of seats in about 10 days.`,
    );
    for (const product of [flat, declining]) {
      const series: UsageSeries = (
        await usage(NORTHWIND_ADMIN, `/api/portal/usage/products/${product.productId}`)
      ).json();
      expect(series.forecast).toMatchObject({
        outcome: 'noGrowth',
        daysLeft: null,
        runsOutOn: null,
      });
    }
    const outlook: UsageOutlook = (
      await usage(NORTHWIND_VIEWER, '/api/portal/usage/outlook')
    ).json();
    expect(outlook.products[0]).toMatchObject({
      productId: growing.productId,
      seatsInUse: 30,
      purchasedSeats: 40,
      forecast: { outcome: 'runsOut', daysLeft: 10 },
    });
    expect(outlook.products.find((p) => p.productId === flat.productId)!.forecast.outcome).toBe(
      'noGrowth',
    );
  });

  it('tells an entitlement expiring within 30 days with its seats in use', async () => {
    const series: UsageSeries = (
      await usage(NORTHWIND_ADMIN, `/api/portal/usage/entitlements/${expiring.entitlementId}`)
    ).json();
    expect(series.expiry).toEqual({ expiresAt: '2026-06-27T12:00:00.000Z', daysLeft: 12 });
    expect(
      expirySentence(
        series.name,
        series.expiry!.daysLeft,
        series.seatsInUse,
        series.purchasedSeats,
      ),
    ).toBe(`${expiring.publicId} expires in 12 days with 9 of 10 seats in use.`);
    const outlook: UsageOutlook = (
      await usage(NORTHWIND_ADMIN, '/api/portal/usage/outlook')
    ).json();
    expect(outlook.expiring).toContainEqual({
      entitlementId: expiring.entitlementId,
      entitlementPublicId: expiring.publicId,
      expiresAt: '2026-06-27T12:00:00.000Z',
      daysLeft: 12,
      seatsInUse: 9,
      purchasedSeats: 10,
    });
  });

  it('ends the organization’s series at the Dashboard’s Activated Licenses', async () => {
    for (const email of [NORTHWIND_ADMIN, GLOBEX_ADMIN]) {
      const client = await t.signIn(email);
      const { kpis } = (await client.get('/api/portal/dashboard?view=organization')).json();
      const series: UsageSeries = (await client.get('/api/portal/usage?range=90d')).json();
      expect(series.seatsInUse).toBe(kpis.activatedLicenses);
      expect(series.days.at(-1)!.seats).toBe(kpis.activatedLicenses);
    }
  });

  it('keeps each organization’s usage to itself', async () => {
    const gina = await t.signIn(GLOBEX_ADMIN);
    expect(
      (await gina.get(`/api/portal/usage/entitlements/${known.entitlementId}`)).statusCode,
    ).toBe(404);
    // Globex holds no license of the probe product: not its to see.
    expect((await gina.get(`/api/portal/usage/products/${known.productId}`)).statusCode).toBe(404);
    const outlook: UsageOutlook = (await gina.get('/api/portal/usage/outlook')).json();
    expect(outlook.products.map((p) => p.productId)).not.toContain(growing.productId);
    expect(outlook.expiring.map((e) => e.entitlementId)).not.toContain(expiring.entitlementId);
  });

  it('refuses a range it does not know with a 400 and the field', async () => {
    const response = await usage(NORTHWIND_ADMIN, '/api/portal/usage?range=2y');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect((await usage(NORTHWIND_ADMIN, '/api/portal/usage/products/0')).statusCode).toBe(400);
    expect((await t.anonymous.get('/api/portal/usage/outlook')).statusCode).toBe(401);
  });
});
