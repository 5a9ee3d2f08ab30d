import type { Transaction } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

/** A transaction: what audited writes take, so they cannot run outside one (DESIGN.md §3.4). */
export type Trx = Transaction<Database>;

/**
 * The one way to open a transaction (lint forbids `db.transaction()` elsewhere). Given a
 * transaction, `work` joins it, so a service composes into a larger change; given the database,
 * a new one is opened. Inside `work` use only `trx`: SQLite's one connection would deadlock.
 */
export function inTransaction<T>(executor: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  return executor.isTransaction ? work(executor as Trx) : executor.transaction().execute(work);
}
