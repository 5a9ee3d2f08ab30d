import type { Db } from '../db/database.js';

// Open activations whose heartbeat deadline passed before a cutoff: the partial index
// activations_open_deadline_cover (organization, deadline, migration 025) holds exactly these.

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
          .where('activations.deactivated_at', 'is', null)
          .where('activations.heartbeat_deadline', 'is not', null)
          .where('activations.heartbeat_deadline', '<=', cutoff),
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
    .where('deactivated_at', 'is', null)
    .where('heartbeat_deadline', 'is not', null)
    .where('heartbeat_deadline', '<=', cutoff)
    .orderBy('heartbeat_deadline')
    .orderBy('id')
    .limit(limit)
    .execute();
}
