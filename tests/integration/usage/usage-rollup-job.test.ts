import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import type { AppContext } from '../../../src/server/context.js';
import { generateSecrets } from '../../../src/server/crypto/secrets.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { seedDemoData } from '../../../src/server/demo/demo-seed.js';
import { runUsageRollupJob, USAGE_ROLLUP_JOB } from '../../../src/server/jobs/usage-rollup-job.js';
import {
  createTestDatabase,
  availableDialects,
  type TestDatabase,
} from '../../support/databases.js';
import { TEST_NOW } from '../../support/test-app.js';
import { organizationIdOf, probeLicense } from './usage-fixtures.js';

const DAY_MS = 86_400_000;

// Two instances of the portal on one database (a shared SQLite file, or one PostgreSQL database), one clock.
describe.each(await availableDialects())(
  'the usage rollup job across two instances on %s',
  (dialect) => {
    const clock = { now: TEST_NOW };
    const dataDir = mkdtempSync(path.join(tmpdir(), 'usage-rollup-job-'));
    let database: TestDatabase;
    const instances: { ctx: AppContext; close: () => Promise<void> }[] = [];

    beforeAll(async () => {
      database = await createTestDatabase(dialect, {
        sqliteFile: path.join(dataDir, 'portal.sqlite'),
      });
      for (const handle of [database.handle, openDatabase(database.url)]) {
        const { app, ctx } = await buildApp({
          config: loadConfig({
            DATA_DIR: dataDir,
            DATABASE_URL: database.url,
            LOG_LEVEL: 'silent',
          }),
          database: handle,
          secrets: generateSecrets(),
          now: () => clock.now,
          logger: false,
        });
        await app.ready();
        instances.push({
          ctx,
          close: async () => {
            await app.close();
            if (handle !== database.handle) await handle.db.destroy();
          },
        });
      }
      await seedDemoData(instances[0]!.ctx);
    });
    afterAll(async () => {
      for (const instance of instances) await instance.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    // At once on PostgreSQL. Two SQLite connections in one thread cannot wait for each other's
    // lock (better-sqlite3 waits synchronously), so there one goes after the other, as two
    // processes would when the first has taken the lease.
    const bothRun = async () =>
      dialect === 'postgres'
        ? Promise.all(instances.map(({ ctx }) => runUsageRollupJob(ctx)))
        : [await runUsageRollupJob(instances[0]!.ctx), await runUsageRollupJob(instances[1]!.ctx)];
    const db = () => instances[0]!.ctx.db;
    const marks = () =>
      db().selectFrom('usage_rollups').select(['organization_id', 'rolled_through']).execute();
    const runs = async () =>
      (
        await db()
          .selectFrom('job_runs')
          .select('runs')
          .where('name', '=', USAGE_ROLLUP_JOB)
          .executeTakeFirstOrThrow()
      ).runs;

    it('rolls up every organization’s closed days in one of them', async () => {
      expect((await bothRun()).filter(Boolean)).toHaveLength(1);
      expect(await runs()).toBe(1);
      const organizations = await db().selectFrom('organizations').select('id').execute();
      const rolled = await marks();
      expect(rolled).toHaveLength(organizations.length);
      expect(new Set(rolled.map((m) => m.rolled_through))).toEqual(new Set(['2026-06-14']));
    });

    it('fills the next day once when it has closed, in one of them', async () => {
      const northwind = await organizationIdOf(instances[0]!.ctx, 'northwind-robotics');
      const probe = await probeLicense(instances[1]!.ctx, northwind, {
        seats: 10,
        history: [
          { activatedAt: '2026-06-15T13:00:00.000Z', quantity: 3 },
          { activatedAt: '2026-06-15T14:00:00.000Z', deactivatedAt: '2026-06-15T20:00:00.000Z' },
        ],
      });
      // Within the same period: neither runs again.
      clock.now = new Date(TEST_NOW.getTime() + 10 * 60_000);
      expect((await bothRun()).filter(Boolean)).toHaveLength(0);
      clock.now = new Date(TEST_NOW.getTime() + DAY_MS);
      expect((await bothRun()).filter(Boolean)).toHaveLength(1);
      expect(await runs()).toBe(2);
      expect(new Set((await marks()).map((m) => m.rolled_through))).toEqual(
        new Set(['2026-06-15']),
      );
      const day = await db()
        .selectFrom('usage_days')
        .select(['activated', 'activated_seats', 'freed', 'freed_seats'])
        .where('organization_id', '=', northwind)
        .where('product_id', '=', probe.productId)
        .execute();
      expect(day).toEqual([{ activated: 2, activated_seats: 4, freed: 1, freed_seats: 1 }]);
    });
  },
);
