import { describe, expect, it } from 'vitest';
import type { ActivationItem } from '../../../src/common/activations-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';

const DAY = 86_400_000;

describe.each(await availableDialects())(
  'deactivating activations from the portal on %s',
  (dialect) => {
    const s = licensingSuite(dialect);

    const activate = async (key: string, identifier: string) =>
      (await s.call('/activations', { key, identifier })).json().activation.id as number;
    const deactivate = async (email: string, activationIds: number[]) =>
      (await s.t.signIn(email)).post('/api/portal/activations/deactivate', { activationIds });
    const validationCode = async (key: string, identifier: string) =>
      (await s.call('/licenses/validate', { key, identifier })).json().code as string;
    const itemOf = async (id: number, productCode: string) => {
      const admin = await s.t.signIn(NORTHWIND_ADMIN);
      const items: ActivationItem[] = (
        await admin.get(`/api/portal/activations?q=${productCode}&limit=100`)
      ).json().items;
      return items.find((a) => a.id === id);
    };

    it('frees the seat at once, the software sees NOT_ACTIVATED, and the row stays as audited history', async () => {
      const { key, productCode } = await provisionLicense(s.t, { seats: 1 });
      const id = await activate(key, 'HW-ONE');
      expect(await validationCode(key, 'HW-ONE')).toBe('VALID');
      const response = await deactivate(NORTHWIND_ADMIN, [id]);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ deactivated: 1 });
      expect(await validationCode(key, 'HW-ONE')).toBe('NOT_ACTIVATED');
      expect(await itemOf(id, productCode)).toMatchObject({
        status: 'deactivated',
        deactivatedBy: 'Alice Moreau',
        deactivatedAt: s.t.clock.now.toISOString(),
      });
      const events = await s.t.ctx.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'activation.deactivated')
        .where('target_id', '=', String(id))
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor_label: 'Alice Moreau' });
      expect((await s.call('/activations', { key, identifier: 'HW-TWO' })).statusCode).toBe(201);
    });

    it('deactivates several at once, or none when one of them cannot be', async () => {
      const { key, productCode } = await provisionLicense(s.t);
      const [a, b, c] = [
        await activate(key, 'HW-A'),
        await activate(key, 'HW-B'),
        await activate(key, 'HW-C'),
      ];
      expect((await deactivate(NORTHWIND_ADMIN, [a, b])).json()).toEqual({ deactivated: 2 });
      const refused = await deactivate(NORTHWIND_ADMIN, [c, a]);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.code).toBe('NOT_ACTIVATED');
      expect((await itemOf(c, productCode))?.status).toBe('live');
    });

    it("refuses a Viewer, another organization's Admin (404) and malformed bodies", async () => {
      const { key, productCode } = await provisionLicense(s.t);
      const id = await activate(key, 'HW-GUARDED');
      expect((await deactivate(NORTHWIND_VIEWER, [id])).statusCode).toBe(403);
      expect((await deactivate(GLOBEX_ADMIN, [id])).statusCode).toBe(404);
      for (const activationIds of [[], [0], Array.from({ length: 101 }, (_, i) => i + 1)]) {
        expect((await deactivate(NORTHWIND_ADMIN, activationIds)).statusCode).toBe(400);
      }
      expect((await itemOf(id, productCode))?.status).toBe('live');
    });

    it("enforces the license's deactivation limit per rolling period, all or none", async () => {
      const { key, licenseId, productCode } = await provisionLicense(s.t);
      await s.t.ctx.db
        .updateTable('licenses')
        .set({ max_deactivations: 2, deactivation_period_days: 30 })
        .where('id', '=', licenseId)
        .execute();
      const ids = [
        await activate(key, 'L-1'),
        await activate(key, 'L-2'),
        await activate(key, 'L-3'),
        await activate(key, 'L-4'),
      ];
      const overLimit = await deactivate(NORTHWIND_ADMIN, ids.slice(0, 3));
      expect(overLimit.statusCode).toBe(409);
      expect(overLimit.json().error.code).toBe('deactivation_limit');
      expect((await itemOf(ids[0], productCode))?.status).toBe('live');
      expect((await deactivate(NORTHWIND_ADMIN, ids.slice(0, 2))).statusCode).toBe(200);
      expect((await deactivate(NORTHWIND_ADMIN, [ids[2]])).statusCode).toBe(409);
      s.t.clock.now = new Date(s.t.clock.now.getTime() + 31 * DAY);
      expect((await deactivate(NORTHWIND_ADMIN, [ids[2]])).statusCode).toBe(200);
    });

    it('counts the software’s own deactivations against the limit, but not activations that lapsed for missed heartbeats', async () => {
      const { key, licenseId } = await provisionLicense(s.t);
      await s.t.ctx.db
        .updateTable('licenses')
        .set({ max_deactivations: 1, deactivation_period_days: 30 })
        .where('id', '=', licenseId)
        .execute();
      const lapsed = await activate(key, 'LAPSED');
      await s.t.ctx.db
        .updateTable('activations')
        .set({
          deactivated_at: s.t.clock.now.toISOString(),
          deactivated_by_label: 'Heartbeat monitor',
        })
        .where('id', '=', lapsed)
        .execute();
      const portalSide = await activate(key, 'V-2');
      await activate(key, 'V-1');

      expect((await s.call('/activations/deactivate', { key, identifier: 'V-1' })).statusCode).toBe(
        200,
      );
      const refused = await s.call('/activations/deactivate', { key, identifier: 'V-1-AGAIN' });
      expect(refused.statusCode).toBe(404);
      await activate(key, 'V-3');
      const overLimit = await s.call('/activations/deactivate', { key, identifier: 'V-3' });
      expect(overLimit.statusCode).toBe(409);
      expect(overLimit.json().error.code).toBe('deactivation_limit');
      expect(await validationCode(key, 'V-3')).toBe('VALID');
      expect((await deactivate(NORTHWIND_ADMIN, [portalSide])).statusCode).toBe(409);
    });
  },
);
