import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { isLive } from '../licensing/public-api.js';
import { CATCH_UP_MS, DAY_MS } from './occasion.js';

// The rows the notification job turns into occasions (license-occasions.ts, release-occasions.ts).

/** Active licenses within 30 days of expiry, or expired within the catch-up window (members and webhooks hear of them). */
export function expiringLicenseRows(db: Db, now: Date) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select([
      'licenses.id',
      'licenses.organization_id',
      'licenses.expires_at',
      'licenses.key_last4',
      'licenses.seats',
      'products.name as product',
      'products.code as product_code',
      'organizations.name as organization',
      'entitlements.public_id as entitlement',
    ])
    .where('licenses.status', '=', 'active')
    .where('licenses.expires_at', '<=', new Date(now.getTime() + 30 * DAY_MS).toISOString())
    .where('licenses.expires_at', '>', new Date(now.getTime() - CATCH_UP_MS).toISOString())
    .execute();
}

/** Active licenses whose live activations hold more than 90% of their seats. */
export function seatsOver90Rows(db: Db, now: Date) {
  const nowIso = now.toISOString();
  return db
    .selectFrom('licenses')
    .innerJoin('activations', 'activations.license_id', 'licenses.id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select((eb) => [
      'licenses.id',
      'licenses.organization_id',
      'licenses.seats',
      'licenses.key_last4',
      'products.name as product',
      'organizations.name as organization',
      eb.fn.sum<number>('activations.quantity').as('used'),
    ])
    .where('licenses.status', '=', 'active')
    .where((eb) =>
      eb.or([eb('licenses.expires_at', 'is', null), eb('licenses.expires_at', '>', nowIso)]),
    )
    .where(isLive(nowIso))
    .groupBy([
      'licenses.id',
      'licenses.organization_id',
      'licenses.seats',
      'licenses.key_last4',
      'products.name',
      'organizations.name',
    ])
    .having(sql<number>`sum(activations.quantity) * 10`, '>', sql<number>`licenses.seats * 9`)
    .execute();
}

/** Activations whose heartbeat deadline passed within the catch-up window. */
export function lostHeartbeatRows(db: Db, now: Date) {
  return db
    .selectFrom('activations')
    .innerJoin('products', 'products.id', 'activations.product_id')
    .innerJoin('organizations', 'organizations.id', 'activations.organization_id')
    .select([
      'activations.id',
      'activations.organization_id',
      'activations.identifier',
      'activations.hostname',
      'activations.last_heartbeat_at',
      'products.name as product',
      'organizations.name as organization',
    ])
    .where('activations.deactivated_at', 'is', null)
    .where('activations.heartbeat_deadline', '<=', now.toISOString())
    .where(
      'activations.heartbeat_deadline',
      '>',
      new Date(now.getTime() - CATCH_UP_MS).toISOString(),
    )
    .execute();
}

/** Releases published within the catch-up window, per organization with an active license of the product. */
export function recentReleaseRows(db: Db, now: Date) {
  return db
    .selectFrom('releases')
    .innerJoin('products', 'products.id', 'releases.product_id')
    .innerJoin('licenses', 'licenses.product_id', 'releases.product_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select([
      'releases.id',
      'releases.version',
      'releases.channel',
      'releases.published_at',
      'products.name as product',
      'licenses.organization_id',
      'organizations.name as organization',
    ])
    .distinct()
    .where('licenses.status', '=', 'active')
    .where('releases.published_at', '<=', now.toISOString())
    .where('releases.published_at', '>', new Date(now.getTime() - CATCH_UP_MS).toISOString())
    .execute();
}
