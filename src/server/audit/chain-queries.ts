import type { Db } from '../db/database.js';
import type { NewRow } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';

/** The organization's events after `afterId`, oldest first: the order of the hash chain. */
export function chainBatch(db: Db, organizationId: number, afterId: number, limit: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '>', afterId)
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

/** The hash of the organization's newest event, the link the next one chains to. */
export async function lastChainHash(trx: Trx, organizationId: number): Promise<string | undefined> {
  const row = await trx
    .selectFrom('audit_events')
    .select('hash')
    .where('organization_id', '=', organizationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

export async function insertAuditEvent(trx: Trx, values: NewRow<'audit_events'>): Promise<void> {
  await trx.insertInto('audit_events').values(values).execute();
}

/** The organizations an account-level event is recorded in: every one the user belongs to. */
export async function organizationIdsOfUser(trx: Trx, userId: number): Promise<number[]> {
  const rows = await trx
    .selectFrom('memberships')
    .select('organization_id')
    .where('user_id', '=', userId)
    .orderBy('organization_id')
    .execute();
  return rows.map((row) => row.organization_id);
}
