import { describe, expect, it } from 'vitest';
import { canActivateSeats, effectiveLicenseStatus } from '../../src/common/license-status.js';
import { isLive } from '../../src/server/licensing/liveness.js';
import { availableDialects } from '../support/databases.js';
import { NORTHWIND_ADMIN } from '../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../support/licensing-fixtures.js';

const HOUR = 3_600_000;

describe.each(await availableDialects())(
  'the Dashboard’s activation figures against a recount on %s',
  (dialect) => {
    const s = licensingSuite(dialect);

    /** Live activations and their seats of Northwind, counted row by row. */
    async function recount(organizationId: number) {
      const rows = await s.t.ctx.db
        .selectFrom('activations')
        .select('quantity')
        .where('organization_id', '=', organizationId)
        .where(isLive(s.t.clock.now.toISOString()))
        .execute();
      return {
        activationsInUse: rows.length,
        activatedLicenses: rows.reduce((sum, row) => sum + row.quantity, 0),
      };
    }
    /** Seats not held by live activations, of licenses that can be activated now, license by license. */
    async function freeSeatsOfUsableLicenses(organizationId: number) {
      const now = s.t.clock.now;
      const licenses = await s.t.ctx.db
        .selectFrom('licenses')
        .select(['id', 'seats', 'status', 'expires_at'])
        .where('organization_id', '=', organizationId)
        .execute();
      let free = 0;
      for (const license of licenses) {
        if (!canActivateSeats(effectiveLicenseStatus(license.status, license.expires_at, now)))
          continue;
        const live = await s.t.ctx.db
          .selectFrom('activations')
          .select('quantity')
          .where('license_id', '=', license.id)
          .where(isLive(now.toISOString()))
          .execute();
        free += Math.max(0, license.seats - live.reduce((sum, row) => sum + row.quantity, 0));
      }
      return free;
    }
    async function expectDashboardMatches(organizationId: number) {
      const { kpis } = (
        await (await s.t.signIn(NORTHWIND_ADMIN)).get('/api/portal/dashboard')
      ).json();
      const expected = await recount(organizationId);
      expect({
        activationsInUse: kpis.activationsInUse,
        activatedLicenses: kpis.activatedLicenses,
      }).toEqual(expected);
      expect(kpis.unactivatedLicenses).toBe(await freeSeatsOfUsableLicenses(organizationId));
      return expected;
    }

    it('stays equal through activations, deactivations, swaps, lapsed heartbeats and direct writes', async () => {
      const plain = await provisionLicense(s.t, { seats: 20 });
      const beating = await provisionLicense(s.t, { seats: 5, heartbeatIntervalSeconds: 600 });
      const before = await expectDashboardMatches(plain.organizationId);

      const admin = await s.t.signIn(NORTHWIND_ADMIN);
      expect(
        (
          await admin.post(`/api/portal/licenses/${plain.licenseId}/activations`, {
            quantity: 3,
            projectName: 'P',
            projectManager: 'M',
            identifier: 'HW-THREE',
          })
        ).statusCode,
      ).toBe(201);
      const one = (await s.call('/activations', { key: plain.key, identifier: 'HW-ONE' })).json()
        .activation.id as number;
      await s.call('/activations', { key: beating.key, identifier: 'HW-BEAT' });
      expect(await expectDashboardMatches(plain.organizationId)).toEqual({
        activationsInUse: before.activationsInUse + 3,
        activatedLicenses: before.activatedLicenses + 5,
      });

      expect(
        (await admin.post(`/api/portal/activations/${one}/swap`, { identifier: 'HW-ONE-NEW' }))
          .statusCode,
      ).toBe(201);
      await expectDashboardMatches(plain.organizationId);
      await s.call('/activations/deactivate', { key: plain.key, identifier: 'HW-ONE-NEW' });
      await expectDashboardMatches(plain.organizationId);

      s.t.clock.now = new Date(s.t.clock.now.getTime() + 2 * HOUR);
      const lapsed = await expectDashboardMatches(plain.organizationId);
      expect(lapsed.activationsInUse).toBe(before.activationsInUse + 1);

      await s.t.ctx.db
        .updateTable('activations')
        .set({ quantity: 7 })
        .where('identifier', '=', 'HW-THREE')
        .execute();
      await s.t.ctx.db.deleteFrom('activations').where('identifier', '=', 'HW-BEAT').execute();
      await expectDashboardMatches(plain.organizationId);
    });
  },
);
