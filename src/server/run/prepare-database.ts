import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import type { Secrets } from '../crypto/secrets.js';
import { openDatabase } from '../db/database.js';
import type { DialectName } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { withStartupLock } from '../db/startup-lock.js';
import { isDatabaseEmpty, seedDemoData } from '../demo/demo-seed.js';
import { seedDemoUsageHistory } from '../demo/demo-usage-history.js';
import { databaseFailure } from '../startup-failure.js';
import { step } from './start-step.js';

/**
 * Migrates the database and, when SEED_DEMO is on and it is empty, seeds the demo data, under
 * the start-up lock: two first starts on an empty database neither race nor seed twice. Run
 * once per start before serving; the cluster primary runs it for its workers.
 */
export async function prepareDatabase(
  config: Config,
  secrets: Secrets,
): Promise<{ seeded: boolean; dialect: DialectName }> {
  const dbFailure = (error: unknown) => databaseFailure(error, config.databaseUrl);
  const database = await step(() => openDatabase(config.databaseUrl), dbFailure);
  try {
    const seeded = await step(
      () =>
        withStartupLock(database, config.databaseUrl, async () => {
          await migrateToLatest(database.db);
          if (!config.seedDemo) return false;
          const { app, ctx } = await buildApp({ config, database, secrets, logger: false });
          try {
            const empty = await isDatabaseEmpty(ctx);
            if (empty) await seedDemoData(ctx);
            if (empty && config.seedDemoUsage) await seedDemoUsageHistory(ctx);
            return empty;
          } finally {
            await app.close();
          }
        }),
      dbFailure,
    );
    return { seeded, dialect: database.dialect };
  } finally {
    await database.db.destroy();
  }
}
