import type SqliteDatabase from 'better-sqlite3';
import type { Db } from '../database.js';

type Prepare = (sql: string) => SqliteDatabase.Statement;

const readers = new WeakMap<Db, Prepare>();

/** Gives a SQLite file database its read-only connection (database.ts, on open). */
export function attachReadConnection(db: Db, prepare: Prepare): void {
  readers.set(db, prepare);
}

/**
 * The statements of the database's read-only connection: SQLite files only, and only for the
 * database itself, not a transaction's connection. A read there runs at once, synchronously,
 * outside Kysely's queue for its one connection, and sees only committed data (a WAL read
 * snapshot), never what a transaction held open on that connection has written so far.
 * Guarded by the licensing and export benchmarks (decision 161).
 */
export function readConnectionOf(db: Db): Prepare | undefined {
  return readers.get(db);
}
