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
