import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { isDatabaseEmpty, seedDemoData } from '../demo/demo-seed.js';

/**
 * Migrates the database and, when SEED_DEMO is on and it is empty, seeds the demo data.
 * Run once per start, before any process serves: the cluster primary runs it for its workers.
 * Returns whether it seeded.
 */
export async function prepareDatabase(config: Config): Promise<boolean> {
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    if (!config.seedDemo) return false;
    const { app, ctx } = await buildApp({ config, database, logger: false });
    try {
      const empty = await isDatabaseEmpty(ctx);
      if (empty) await seedDemoData(ctx);
      return empty;
    } finally {
      await app.close();
    }
  } finally {
    await database.db.destroy();
  }
}
