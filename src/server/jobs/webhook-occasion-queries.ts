import type { Db } from '../db/database.js';
import { isLive } from '../licensing/public-api.js';
import { CATCH_UP_MS, DAY_MS } from './occasion.js';

// What the notification job reports to webhooks (webhook-occasions.ts); the licenses of
// expiringLicenseRows and the activations of lostHeartbeatRows, with what payloads carry.

/** Active licenses within 30 days of expiry, or expired within the catch-up window. */
export function expiringLicensesForWebhooks(db: Db, now: Date) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select([
      'licenses.id',
      'licenses.organization_id',
      'licenses.expires_at',
      'licenses.key_last4',
      'products.code as product_code',
      'entitlements.public_id as entitlement_public_id',
    ])
    .where('licenses.status', '=', 'active')
    .where('licenses.expires_at', '<=', new Date(now.getTime() + 30 * DAY_MS).toISOString())
    .where('licenses.expires_at', '>', new Date(now.getTime() - CATCH_UP_MS).toISOString())
    .execute();
}

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
