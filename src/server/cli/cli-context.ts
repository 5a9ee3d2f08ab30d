import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/**
 * Runs `work` with the context the server would have (same configuration, secrets and
 * database), migrating the database first, and closes everything after.
 */
export async function withServerContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(database.db);
    const { app, ctx } = await buildApp({ config, database, logger: false });
    try {
      return await work(ctx);
    } finally {
      await app.close();
    }
  } finally {
    await database.db.destroy();
  }
}
