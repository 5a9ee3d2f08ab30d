import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UsageSeries } from '../../../src/common/usage-api.js';
import { CATCH_UP_MS } from '../../../src/server/jobs/occasion.js';
import { endLongDeadActivations } from '../../../src/server/licensing/public-api.js';
import { rollUpUsage } from '../../../src/server/modules/usage/rollup.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { organizationIdOf, probeLicense } from './usage-fixtures.js';

// TEST_NOW is 2026-06-15T12:00Z: the rollup holds every day through 14 June, today is live.
const at = (date: string, time = '10:00:00.000') => `${date}T${time}Z`;
const RANGES = ['30d', '90d', '1y'] as const;

/**
 * A history with every way an activation ends: deactivated while live, across midnight,
 * lapsed and still open, closed at its deadline by a new activation (the seat engine's
 * expiry), deactivated after its deadline had passed, live with a deadline ahead, multi-seat.
 */
const HEARTBEAT_HISTORY = [
  { activatedAt: at('2025-05-01'), deactivatedAt: at('2025-07-01'), quantity: 2 },
  { activatedAt: at('2026-03-01'), quantity: 3 },
  {
    activatedAt: at('2026-04-10', '23:59:59.999'),
    deactivatedAt: at('2026-04-11', '00:00:00.000'),
  },
  {
    activatedAt: at('2026-05-02', '00:00:00.000'),
    quantity: 2,
    heartbeatDeadline: at('2026-05-20', '23:59:59.999'),
  },
  {
    activatedAt: at('2026-05-03'),
    heartbeatDeadline: at('2026-05-25', '06:00:00.000'),
    deactivatedAt: at('2026-05-25', '06:00:00.000'),
  },
  {
    activatedAt: at('2026-05-04'),
    heartbeatDeadline: at('2026-05-26', '06:00:00.000'),
    deactivatedAt: at('2026-06-05', '09:00:00.000'),
    quantity: 2,
  },
  {
    activatedAt: at('2026-05-05'),
    heartbeatDeadline: at('2026-06-30'),
    deactivatedAt: at('2026-05-28'),
  },
  { activatedAt: at('2026-06-01'), heartbeatDeadline: at('2026-06-20') },
  // Lapsed yesterday and on 10 June: deactivated and expired after the rollup below.
  { activatedAt: at('2026-06-02'), heartbeatDeadline: at('2026-06-14', '12:00:00.000') },
  {
    activatedAt: at('2026-06-03'),
    heartbeatDeadline: at('2026-06-10', '12:00:00.000'),
    quantity: 3,
  },
  { activatedAt: at('2026-06-14', '23:59:59.999'), quantity: 4 },
  {
    activatedAt: at('2026-06-15', '00:00:00.000'),
    heartbeatDeadline: at('2026-06-15', '06:00:00.000'),
  },
  {
    activatedAt: at('2026-06-15', '08:00:00.000'),
    deactivatedAt: at('2026-06-15', '09:00:00.000'),
  },
];

describe.each(await availableDialects())('seat usage from the daily rollup on %s', (dialect) => {
  let t: TestApp;
  let northwind: number;
  let heartbeats: Awaited<ReturnType<typeof probeLicense>>;
  let plain: Awaited<ReturnType<typeof probeLicense>>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    heartbeats = await probeLicense(t.ctx, northwind, { seats: 20, history: HEARTBEAT_HISTORY });
    plain = await probeLicense(t.ctx, northwind, {
      seats: 30,
      history: Array.from({ length: 40 }, (_, k) => ({
        activatedAt: at(
          new Date(Date.parse('2026-02-01') + k * 3 * 86_400_000).toISOString().slice(0, 10),
        ),
        quantity: 1 + (k % 3),
        ...(k % 4 === 0 && { deactivatedAt: at('2026-06-12', '17:30:00.000') }),
      })),
    });
  });
  afterAll(() => t.close());

  /** Every usage read of Northwind's Admin: the organization, both products, both entitlements, each range, the outlook. */
  async function everyRead(): Promise<Record<string, unknown>> {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const urls = [
      '/api/portal/usage/outlook',
      ...RANGES.flatMap((range) => [
        `/api/portal/usage?range=${range}`,
        ...[heartbeats, plain].flatMap((probe) => [
          `/api/portal/usage/products/${probe.productId}?range=${range}`,
          `/api/portal/usage/entitlements/${probe.entitlementId}?range=${range}`,
        ]),
      ]),
    ];
    const answers: Record<string, unknown> = {};
    for (const url of urls) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(200);
      answers[url] = response.json();
    }
    return answers;
  }

  const rolledThrough = async () =>
    (
      await t.ctx.db
        .selectFrom('usage_rollups')
        .select('rolled_through')
        .where('organization_id', '=', northwind)
        .executeTakeFirst()
    )?.rolled_through;

  /** The reads computed from the activations alone: the rollup's mark set aside, then put back as it was. */
  async function liveReads(): Promise<Record<string, unknown>> {
    const mark = await t.ctx.db
      .selectFrom('usage_rollups')
      .selectAll()
      .where('organization_id', '=', northwind)
      .executeTakeFirstOrThrow();
    await t.ctx.db.deleteFrom('usage_rollups').where('organization_id', '=', northwind).execute();
    try {
      return await everyRead();
    } finally {
      await t.ctx.db.insertInto('usage_rollups').values(mark).execute();
    }
  }

  /** Closes a probe activation as the portal does (now) or as the seat engine expires a dead one (at its deadline). */
  async function closeActivation(identifier: string, when: 'now' | 'deadline') {
    const row = await t.ctx.db
      .selectFrom('activations')
      .select(['id', 'heartbeat_deadline'])
      .where('license_id', '=', heartbeats.licenseId)
      .where('identifier', '=', identifier)
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .updateTable('activations')
      .set({
        deactivated_at: when === 'now' ? t.clock.now.toISOString() : row.heartbeat_deadline,
        deactivated_by_label: when === 'now' ? 'Nora Admin' : 'Heartbeat monitor',
      })
      .where('id', '=', row.id)
      .execute();
  }

  it('answers every read from the rollup exactly as from the activations alone', async () => {
    const live = await everyRead();
    expect(await rolledThrough()).toBeUndefined();
    expect(await rollUpUsage(t.ctx.db, t.clock.now)).toBeGreaterThan(365);
    expect(await rolledThrough()).toBe('2026-06-14');
    const rows = await t.ctx.db
      .selectFrom('usage_days')
      .selectAll()
      .where('organization_id', '=', northwind)
      .where('product_id', '=', heartbeats.productId)
      .where('day', 'in', ['2026-04-11', '2026-05-20', '2026-05-25', '2026-05-26', '2026-06-05'])
      .orderBy('day')
      .execute();
    expect(
      rows.map(({ day, freed, died, died_seats }) => ({ day, freed, died, died_seats })),
    ).toEqual([
      { day: '2026-04-11', freed: 1, died: 0, died_seats: 0 },
      { day: '2026-05-20', freed: 0, died: 1, died_seats: 2 },
      { day: '2026-05-25', freed: 0, died: 1, died_seats: 1 },
      { day: '2026-05-26', freed: 0, died: 1, died_seats: 2 },
      { day: '2026-06-05', freed: 1, died: 0, died_seats: 0 },
    ]);
    expect(await everyRead()).toEqual(live);
  });

  it('shows history changed after the rollup: a dead activation deactivated, another closed at its deadline', async () => {
    const before = await everyRead();
    // PROBE-8 lapsed yesterday (in the rollup as ended then); deactivated now, it held its seat until now.
    await closeActivation('PROBE-8', 'now');
    // PROBE-9 lapsed on 10 June; the seat engine closes it at that deadline: one more deactivation that week.
    await closeActivation('PROBE-9', 'deadline');
    const after = await everyRead();
    expect(after).toEqual(await liveReads());
    const product = `/api/portal/usage/products/${heartbeats.productId}?range=30d`;
    const [was, is] = [before[product], after[product]] as UsageSeries[];
    expect(is!.days.find((d) => d.date === '2026-06-14')!.seats).toBe(
      was!.days.find((d) => d.date === '2026-06-14')!.seats + 1,
    );
    const week = (s: UsageSeries) => s.weeks.find((w) => w.weekStart === '2026-06-08')!;
    expect(week(is!).deactivations).toBe(week(was!).deactivations + 1);
  });

  it('rolls up the days that closed since, and only those, as the clock moves on', async () => {
    t.clock.now = new Date(TEST_NOW.getTime() + 3 * 86_400_000);
    try {
      await probeLicense(t.ctx, northwind, {
        seats: 5,
        history: [
          { activatedAt: at('2026-06-16', '00:00:00.000'), quantity: 2 },
          {
            activatedAt: at('2026-06-17', '13:00:00.000'),
            heartbeatDeadline: at('2026-06-18', '01:00:00.000'),
          },
        ],
      });
      const live = await liveReads();
      expect(await everyRead()).toEqual(live);
      expect(await rollUpUsage(t.ctx.db, t.clock.now)).toBeGreaterThanOrEqual(3);
      expect(await rolledThrough()).toBe('2026-06-17');
      expect(await rollUpUsage(t.ctx.db, t.clock.now)).toBe(0);
      expect(await everyRead()).toEqual(live);
      // Ten minutes after midnight the day before is settled; a minute after, not yet.
      t.clock.now = new Date('2026-06-19T00:09:00.000Z');
      await rollUpUsage(t.ctx.db, t.clock.now);
      expect(await rolledThrough()).toBe('2026-06-17');
      t.clock.now = new Date('2026-06-19T00:11:00.000Z');
      await rollUpUsage(t.ctx.db, t.clock.now);
      expect(await rolledThrough()).toBe('2026-06-18');
      expect(await everyRead()).toEqual(await liveReads());
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it('keeps every day’s seats when the heartbeat monitor ends the long-dead activations', async () => {
    const before = await everyRead();
    const ended = await endLongDeadActivations(t.ctx, new Date(TEST_NOW.getTime() - CATCH_UP_MS));
    expect(ended).toBeGreaterThan(0);
    const after = await everyRead();
    expect(after).toEqual(await liveReads());
    const seatsOf = (answers: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(answers)
          .filter(([url]) => !url.endsWith('/outlook'))
          .map(([url, series]) => [url, (series as UsageSeries).days.map((d) => d.seats)]),
      );
    expect(seatsOf(after)).toEqual(seatsOf(before));
  });
});
