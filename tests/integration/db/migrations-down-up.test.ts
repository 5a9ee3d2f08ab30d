import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratorOf } from '../../../src/server/db/migrate.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())(
  'migrations 008 (text search indexes) and 009 (activation license labels) over existing rows on %s',
  (dialect) => {
    let t: TestApp;
    let admin: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await t.signIn(NORTHWIND_ADMIN);
    });
    afterAll(() => t.close());

    type Shown = { hostname: string; entitlementId: string };
    const activations = async (q: string) =>
      ((await admin.get(`/api/portal/activations?q=${q}`)).json().items as Shown[]).map(
        ({ hostname, entitlementId }) => ({ hostname, entitlementId }),
      );
    // The copied key labels are no longer shown (Serial Number is the activation's own), so read them.
    const keyLabels = async () =>
      (
        await t.ctx.db.selectFrom('activations').select(['id', 'key_last4']).orderBy('id').execute()
      ).map((row) => `${row.id}:${row.key_last4}`);
    const messages = async (q: string) =>
      (
        (await admin.get(`/api/portal/audit-events?q=${q}`)).json().items as { message: string }[]
      ).map((e) => e.message);

    it('go down and up again, indexing the rows that were there and copying their license labels', async () => {
      const before = {
        activations: await activations('eng-ws'),
        events: await messages('signed%20in'),
      };
      expect(before.activations.length).toBeGreaterThan(0);
      expect(before.activations.every((a) => a.entitlementId.length > 0)).toBe(true);
      const labels = await keyLabels();
      expect(labels.every((label) => /:[0-9A-Z]{4}$/.test(label))).toBe(true);
      expect(before.events.length).toBeGreaterThan(0);

      const down = await migratorOf(t.ctx.db).migrateTo('007-license-activation-counters');
      expect(down.error).toBeUndefined();
      // Later migrations go down first; these two are the last to.
      expect(down.results?.slice(-2).map((r) => [r.migrationName, r.direction, r.status])).toEqual([
        ['009-activation-license-labels', 'Down', 'Success'],
        ['008-text-search-indexes', 'Down', 'Success'],
      ]);
      expect(down.results?.every((r) => r.status === 'Success')).toBe(true);
      const up = await migratorOf(t.ctx.db).migrateToLatest();
      expect(up.error).toBeUndefined();

      expect(await activations('eng-ws')).toEqual(before.activations);
      expect(await keyLabels()).toEqual(labels);
      expect(await messages('signed%20in')).toEqual(before.events);
    });
  },
);
