import type { Db } from '../db/database.js';
import { isLive } from '../licensing/public-api.js';
import { CATCH_UP_MS } from './occasion.js';

// What the notification job reports to webhooks (webhook-occasions.ts) beyond the rows it
// already reads: the activations of lostHeartbeatRows, with what activation.ended carries.

/** Activations whose heartbeat deadline passed within the catch-up window, with their license's seats. */
export function lostHeartbeatsForWebhooks(db: Db, now: Date) {
  const nowIso = now.toISOString();
  return db
    .selectFrom('activations as lost')
    .innerJoin('licenses', 'licenses.id', 'lost.license_id')
    .innerJoin('products', 'products.id', 'lost.product_id')
    .selectAll('lost')
    .select((eb) => [
      'licenses.seats',
      'products.code as product_code',
      eb
        .selectFrom('activations')
        .select((sub) => sub.fn.coalesce(sub.fn.sum<number>('quantity'), sub.lit(0)).as('n'))
        .whereRef('activations.license_id', '=', 'lost.license_id')
        .where(isLive(nowIso))
        .as('live_seats'),
    ])
    .where('lost.deactivated_at', 'is', null)
    .where('lost.heartbeat_deadline', '<=', nowIso)
    .where('lost.heartbeat_deadline', '>', new Date(now.getTime() - CATCH_UP_MS).toISOString())
    .execute();
}
