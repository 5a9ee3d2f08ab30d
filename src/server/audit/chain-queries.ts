import type { Db } from '../db/database.js';

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
