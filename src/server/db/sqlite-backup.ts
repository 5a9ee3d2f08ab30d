import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import SqliteDatabase from 'better-sqlite3';

/** Pages copied per step: the whole of a portal's database in one or a few steps, so a busy
 * writer cannot make SQLite restart the copy over and over. */
const PAGES_PER_STEP = 100_000;

/**
 * A consistent copy of a live SQLite database with SQLite's online backup API (through
 * better-sqlite3): the portal keeps serving and writing meanwhile (WAL readers do not block
 * writers). The copy is written beside `target` and renamed once complete.
 */
export async function backupSqlite(sourceFile: string, target: string): Promise<number> {
  const partial = `${target}.partial`;
  await rm(partial, { force: true });
  const source = new SqliteDatabase(sourceFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    const { totalPages } = await source.backup(partial, { progress: () => PAGES_PER_STEP });
    await rename(partial, target);
    return totalPages;
  } finally {
    source.close();
    if (existsSync(partial)) await rm(partial, { force: true });
  }
}
