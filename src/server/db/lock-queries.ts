import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from './database.js';
import { dialectOf } from './dialect.js';

/**
 * Serialises read-then-write rules of one organization (last Admin, one open invitation per
 * email, the audit chain) for the rest of the transaction. SQLite already holds its write
 * lock from `begin immediate`; PostgreSQL locks the organization's row.
 */
export async function lockOrganization(trx: Db, organizationId: number): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await trx
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .forUpdate()
    .execute();
}

/**
 * Runs `work` while this process holds PostgreSQL's session-level advisory lock `key`,
 * waiting for it: on a connection of its own, so `work` may use the pool freely.
 */
export async function withPostgresAdvisoryLock<T>(
  db: Db,
  key: number,
  work: () => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${key})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}

/** Takes the transaction-level advisory lock `key` if free, without waiting; released at commit. */
export async function tryPostgresTransactionLock(trx: Db, key: number): Promise<boolean> {
  const { rows } = await sql<{
    locked: boolean;
  }>`select pg_try_advisory_xact_lock(${key}) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

/**
 * Runs `work` while this process holds an exclusive transaction on the SQLite file
 * `lockFile`, waiting up to `waitMs` for another process to let it go. The operating system
 * releases the lock if the process dies, so a crash never leaves it taken.
 */
export async function withSqliteFileLock<T>(
  lockFile: string,
  waitMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const lock = new SqliteDatabase(lockFile, { timeout: waitMs });
  try {
    lock.exec('begin exclusive');
    try {
      return await work();
    } finally {
      lock.exec('rollback');
    }
  } finally {
    lock.close();
  }
}
