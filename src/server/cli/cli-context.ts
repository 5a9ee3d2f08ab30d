import { existsSync } from 'node:fs';
import { createAppContext } from '../app-context.js';
import { ConfigError, loadConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

const sqliteFileOf = (url: string) =>
  url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : null;

async function hasPortalDatabase(database: DatabaseHandle): Promise<boolean> {
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((table) => table.name === 'kysely_migration');
}

const NO_DATABASE = (url: string) =>
  new ConfigError(
    `No portal database at ${url.replace(/\/\/[^@/]*@/, '//')}: check DATA_DIR / DATABASE_URL, or pass --init to create one (with new secrets).`,
  );

/**
 * Runs `work` with the context the server would have (same configuration, secrets and
 * database), migrating the database first, and closes everything after. A missing database
 * is refused unless `init`: a typo in DATA_DIR must not start a new portal with a new key.
 */
export async function withServerContext<T>(
  work: (ctx: AppContext) => Promise<T>,
  options: { init?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const file = sqliteFileOf(config.databaseUrl);
  if (!options.init && file !== null && file !== ':memory:' && !existsSync(file))
    throw NO_DATABASE(config.databaseUrl);
  const database = openDatabase(config.databaseUrl);
  try {
    if (!options.init && !(await hasPortalDatabase(database)))
      throw NO_DATABASE(config.databaseUrl);
    await migrateToLatest(database.db);
    // The services without the HTTP app around them; stdout stays the command's JSON, so the
    // mailer's log lines go nowhere, as with the app's logger off.
    const { ctx, close } = createAppContext({ config, database }, () => undefined);
    try {
      return await work(ctx);
    } finally {
      await close();
    }
  } finally {
    await database.db.destroy();
  }
}
