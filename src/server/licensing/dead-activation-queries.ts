import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';

/**
 * Open activations whose heartbeat deadline passed before a cutoff: the partial index
 * activations_open_deadline_cover (organization, deadline, migration 025) holds exactly these.
 */
const deadBefore = (cutoff: string) => (eb: ExpressionBuilder<Database, 'activations'>) =>
  eb.and([
    eb('activations.deactivated_at', 'is', null),
    eb('activations.heartbeat_deadline', 'is not', null),
    eb('activations.heartbeat_deadline', '<=', cutoff),
  ]);

/** The organizations that hold such activations. */
export async function organizationsWithDeadActivations(db: Db, cutoff: string) {
  const rows = await db
    .selectFrom('organizations')
    .select('organizations.id')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('activations')
          .select('activations.id')
          .whereRef('activations.organization_id', '=', 'organizations.id')
          .where(deadBefore(cutoff)),
      ),
    )
    .orderBy('organizations.id')
    .execute();
  return rows.map((row) => row.id);
}

/** The organization's first `limit` such activations, longest dead first. */
export function deadActivations(db: Db, organizationId: number, cutoff: string, limit: number) {
  return db
    .selectFrom('activations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where(deadBefore(cutoff))
    .orderBy('heartbeat_deadline')
    .orderBy('id')
    .limit(limit)
    .execute();
}
