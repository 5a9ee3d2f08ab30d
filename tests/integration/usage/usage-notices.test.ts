import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { organizationIdOf, probeLicense } from './usage-fixtures.js';

const DAY_MS = 86_400_000;
// TEST_NOW is 2026-06-15T12:00Z.
const daysAgo = (days: number) =>
  new Date(Date.parse('2026-06-15T10:00:00.000Z') - days * DAY_MS).toISOString();

describe.each(await availableDialects())(
  'seat and expiry notices with the forecast on %s',
  (dialect) => {
    let t: TestApp;
    let bodies: string[];
    let growing: Awaited<ReturnType<typeof probeLicense>>;
    let expiring: Awaited<ReturnType<typeof probeLicense>>;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      const northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
      // 19 of 20 seats, one more each of the last 19 days: over 90%, and one seat to go.
      growing = await probeLicense(t.ctx, northwind, {
        seats: 20,
        history: Array.from({ length: 19 }, (_, k) => ({ activatedAt: daysAgo(18 - k) })),
      });
      expiring = await probeLicense(t.ctx, northwind, {
        seats: 10,
        expiresAt: '2026-06-27T12:00:00.000Z',
        history: Array.from({ length: 9 }, () => ({ activatedAt: daysAgo(40) })),
      });
      await runNotificationJob(t.ctx);
      const rows = await t.ctx.db
        .selectFrom('notifications')
        .select('body')
        .where('organization_id', '=', northwind)
        .execute();
      bodies = rows.map((r) => r.body);
    });
    afterAll(() => t.close());

    it('adds when the seats run out at this rate to the seat notice', () => {
      const notice = bodies.find((b) =>
        b.startsWith(`The ${growing.productName} license ending in`),
      );
      expect(notice).toMatch(
        new RegExp(
          `over 90%\\..* At this rate, the ${growing.productName} license runs out of seats in about [12] days?\\.$`,
        ),
      );
    });

    it('adds the seats in use to the expiry notice', () => {
      const notice = bodies.find(
        (b) =>
          b.startsWith(`The ${expiring.productName} license ending in`) && b.includes('expires'),
      );
      expect(notice).toMatch(
        new RegExp(
          `renew it\\. The ${expiring.productName} license of ${expiring.publicId} expires in 12 days with 9 of 10 seats in use\\.$`,
        ),
      );
    });
  },
);
