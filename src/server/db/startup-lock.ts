import type { DatabaseHandle } from './database.js';
import { withPostgresAdvisoryLock, withSqliteFileLock } from './lock-queries.js';

/** Advisory lock key of migrate-and-seed ("portal-start" in ASCII, as a 32-bit number). */
const STARTUP_LOCK_KEY = 0x706f7274;
const SQLITE_WAIT_MS = 120_000;

/**
 * Runs the start-up work (migrations, the demo seed) in one process at a time, so two first
 * starts on an empty database neither race in the migrations nor seed twice: a PostgreSQL
 * advisory lock, or on SQLite an exclusive transaction on `<database file>.start-lock`.
 */
export async function withStartupLock<T>(
  database: DatabaseHandle,
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<T> {
  if (database.dialect === 'postgres')
    return withPostgresAdvisoryLock(database.db, STARTUP_LOCK_KEY, work);
  const file = databaseUrl.slice('sqlite:'.length);
  if (file === '' || file === ':memory:') return work();
  return withSqliteFileLock(`${file}.start-lock`, SQLITE_WAIT_MS, work);
}
