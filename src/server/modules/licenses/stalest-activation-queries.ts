import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { isLive } from '../../licensing/public-api.js';

/**
 * The live activation of a license seen longest ago: last heartbeat, else activation date.
 * `keep` (the activation being diagnosed) is never offered.
 */
export function stalestLiveActivation(db: Db, licenseId: number, now: string, keep: number | null) {
  const lastSeen = sql<string>`coalesce(activations.last_heartbeat_at, activations.activated_at)`;
  let query = db
    .selectFrom('activations')
    .select([
      'activations.id',
      'activations.hostname',
      'activations.name',
      'activations.identifier',
      'activations.quantity',
      lastSeen.as('last_seen_at'),
    ])
    .where('activations.license_id', '=', licenseId)
    .where(isLive(now));
  if (keep !== null) query = query.where('activations.id', '!=', keep);
  return query.orderBy(lastSeen).orderBy('activations.id').limit(1).executeTakeFirst();
}
