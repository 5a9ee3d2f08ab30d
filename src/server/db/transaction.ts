import type { Transaction } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

export type Trx = Transaction<Database>;

/**
 * Runs `work` in the caller's transaction when there is one, else in a new one. A service
 * that takes an optional `trx` uses this, so callers can compose it into a larger change.
 */
export function inTransaction<T>(db: Db, trx: Trx | undefined, work: (trx: Trx) => Promise<T>): Promise<T> {
  return trx ? work(trx) : db.transaction().execute(work);
}
