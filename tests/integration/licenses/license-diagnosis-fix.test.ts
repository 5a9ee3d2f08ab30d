import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  LicenseDiagnosis,
  LicenseLine,
  LicenseProductDetail,
  LicenseProductItem,
} from '../../../src/common/licenses-api.js';
import type { Page } from '../../../src/common/page.js';
import { isLive } from '../../../src/server/licensing/liveness.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())(
  'the seat-freeing fix of license diagnostics on %s',
  (dialect) => {
    let t: TestApp;
    let admin: Client;
    let viewer: Client;
    let line: LicenseLine;
    let key: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      admin = await t.signIn(NORTHWIND_ADMIN);
      viewer = await t.signIn(NORTHWIND_VIEWER);
      const product = (await admin.get('/api/portal/licenses/products?q=Atlas')).json<
        Page<LicenseProductItem>
      >().items[0];
      line = (await admin.get(`/api/portal/licenses/products/${product.productId}`))
        .json<LicenseProductDetail>()
        .lines.find((l) => l.status === 'active')!;
      key = (
        await admin.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'copy' })
      ).json<{ key: string }>().key;
    });
    afterAll(() => t.close());

    const diagnose = async (client: Client, body: Record<string, string>) => {
      const response = await client.post('/api/portal/licenses/diagnose', body);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<LicenseDiagnosis>();
    };

    /** The live activation of the license with the oldest last heartbeat, else activation date, computed here independently. */
    const expectedStalest = async () =>
      (
        await t.ctx.db
          .selectFrom('activations')
          .select(['id', sql<string>`coalesce(last_heartbeat_at, activated_at)`.as('seen')])
          .where('license_id', '=', line.licenseId)
          .where(isLive(TEST_NOW.toISOString()))
          .execute()
      ).sort((a, b) => a.seen.localeCompare(b.seen) || a.id - b.id)[0].id;

    it('offers no fix while a seat is free', async () => {
      expect(line.unactivated).toBeGreaterThan(0);
      expect((await diagnose(admin, { key, identifier: 'HWID-NOT-YET' })).fix).toBeNull();
    });

    it('offers Admins, not Viewers, to deactivate the stalest activation once every seat is taken, never the one checked', async () => {
      const filled = await admin.post(`/api/portal/licenses/${line.licenseId}/activations`, {
        quantity: line.unactivated,
        projectName: 'Fill',
        projectManager: 'Test',
        identifier: 'HWID-FILLER',
      });
      expect(filled.statusCode, filled.body).toBe(201);

      const diagnosis = await diagnose(admin, { key, identifier: 'HWID-NOT-YET' });
      expect(diagnosis).toMatchObject({
        valid: false,
        code: 'NOT_ACTIVATED',
        license: { liveSeats: line.available, seats: line.available },
      });
      expect(diagnosis.fix).toMatchObject({ activationId: await expectedStalest() });
      expect((await diagnose(viewer, { key, identifier: 'HWID-NOT-YET' })).fix).toBeNull();

      const checkedItself = await diagnose(admin, { key, identifier: 'HWID-FILLER' });
      expect(checkedItself.valid).toBe(true);
      expect(checkedItself.fix).toBeNull();
    });

    it('frees the seat through the normal deactivation, after which the fix is gone', async () => {
      const { fix } = await diagnose(admin, { key, identifier: 'HWID-NOT-YET' });
      const done = await admin.post('/api/portal/activations/deactivate', {
        activationIds: [fix!.activationId],
      });
      expect(done.statusCode, done.body).toBe(200);
      const after = await diagnose(admin, { key, identifier: 'HWID-NOT-YET' });
      expect(after.license!.liveSeats).toBe(line.available - fix!.quantity);
      expect(after.fix).toBeNull();
    });

    it('never shows another organization the fix, nor the license', async () => {
      const globex = await t.signIn(GLOBEX_ADMIN);
      expect(await diagnose(globex, { key, identifier: 'HWID-NOT-YET' })).toMatchObject({
        code: 'NOT_FOUND',
        fix: null,
      });
    });
  },
);
