import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { isLapsed, isLive } from '../../licensing/public-api.js';
import { licenseAssignedTo } from '../licenses/assignee-queries.js';

/**
 * The license figures and the open activations' counters, in one pass over the
 * organization's licenses (covering index licenses_org_dashboard).
 */
export async function licenseCounts(db: Db, organizationId: number, now: string, soon: string) {
  const row = await db
    .selectFrom('licenses')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.coalesce(eb.fn.sum<number>('seats'), sql<number>`0`).as('seats'),
      eb.fn
        .count<number>(
          sql`case when status = 'active' and (expires_at is null or expires_at > ${now}) then 1 end`,
        )
        .as('active'),
      eb.fn
        .count<number>(
          sql`case when status = 'active' and expires_at > ${now} and expires_at <= ${soon} then 1 end`,
        )
        .as('expiringSoon'),
      eb.fn.coalesce(eb.fn.sum<number>('open_activations'), sql<number>`0`).as('openActivations'),
      eb.fn.coalesce(eb.fn.sum<number>('open_seats'), sql<number>`0`).as('openSeats'),
      // Seats not held by open activations, of licenses whose seats can be activated now.
      eb.fn
        .coalesce(
          eb.fn.sum<number>(
            sql`case when status = 'active' and (expires_at is null or expires_at > ${now}) then seats - open_seats end`,
          ),
          sql<number>`0`,
        )
        .as('usableUnheldSeats'),
    ])
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return {
    total: Number(row.total),
    seats: Number(row.seats),
    active: Number(row.active),
    expiringSoon: Number(row.expiringSoon),
    openActivations: Number(row.openActivations),
    openSeats: Number(row.openSeats),
    usableUnheldSeats: Number(row.usableUnheldSeats),
  };
}

/** Open activations whose heartbeat deadline has passed: in the counters, but no longer live (decision 011). */
export async function lapsedActivationCounts(db: Db, organizationId: number, now: string) {
  const row = await db
    .selectFrom('activations')
    .innerJoin('licenses', 'licenses.id', 'activations.license_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('activations.quantity'), sql<number>`0`).as('seats'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(
            sql`case when licenses.status = 'active' and (licenses.expires_at is null or licenses.expires_at > ${now}) then activations.quantity end`,
          ),
          sql<number>`0`,
        )
        .as('usableSeats'),
    ])
    .where('activations.organization_id', '=', organizationId)
    .where(isLapsed(now))
    .executeTakeFirstOrThrow();
  return {
    count: Number(row.count),
    seats: Number(row.seats),
    usableSeats: Number(row.usableSeats),
  };
}

export async function memberCount(db: Db, organizationId: number) {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function recentLicenses(db: Db, organizationId: number, limit: number) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select([
      'licenses.id',
      'licenses.key_last4',
      'licenses.status',
      'licenses.expires_at',
      'licenses.created_at',
      'products.name as product_name',
    ])
    .where('licenses.organization_id', '=', organizationId)
    .orderBy('licenses.created_at', 'desc')
    .orderBy('licenses.id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The valid licenses that expire next, soonest first (index licenses_org_dashboard: status, expires_at);
 * with `assignedTo`, only those assigned to that member (the "Assigned to me" view).
 */
export function upcomingExpirations(
  db: Db,
  organizationId: number,
  now: string,
  limit: number,
  assignedTo?: number,
) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select([
      'licenses.id',
      'licenses.key_last4',
      'licenses.expires_at',
      'products.name as product_name',
      'entitlements.id as entitlement_id',
      'entitlements.public_id as entitlement_public_id',
    ])
    .where('licenses.organization_id', '=', organizationId)
    .where('licenses.status', '=', 'active')
    .where('licenses.expires_at', '>', now)
    .$if(assignedTo !== undefined, (qb) =>
      qb.where((eb) => licenseAssignedTo(eb, { userId: assignedTo! })),
    )
    .orderBy('licenses.expires_at')
    .orderBy('licenses.id')
    .limit(limit)
    .execute();
}

export function recentActivations(db: Db, organizationId: number, limit: number) {
  return db
    .selectFrom('activations')
    .innerJoin('products', 'products.id', 'activations.product_id')
    .select([
      'activations.id',
      'activations.quantity',
      'activations.activated_at',
      'activations.activated_by_label',
      'products.name as product_name',
    ])
    .where('activations.organization_id', '=', organizationId)
    .orderBy('activations.activated_at', 'desc')
    .orderBy('activations.id', 'desc')
    .limit(limit)
    .execute();
}

export function recentAuditEvents(db: Db, organizationId: number, limit: number) {
  return db
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'action', 'message', 'type', 'actor_label'])
    .where('organization_id', '=', organizationId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The "Assigned to me" figures: the member's assigned licenses, their seats, and the member's live activations of them. */
export async function assignedLicenseCounts(
  db: Db,
  organizationId: number,
  userId: number,
  now: string,
  soon: string,
) {
  const USABLE = sql`licenses.status = 'active' and (licenses.expires_at is null or licenses.expires_at > ${now})`;
  const row = await db
    .selectFrom('license_assignments')
    .innerJoin('licenses', 'licenses.id', 'license_assignments.license_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.coalesce(eb.fn.sum<number>('license_assignments.quantity'), sql<number>`0`).as('seats'),
      eb.fn
        .count<number>(
          sql`case when licenses.status = 'active' and (licenses.expires_at is null or licenses.expires_at > ${now}) then 1 end`,
        )
        .as('active'),
      eb.fn
        .count<number>(
          sql`case when licenses.status = 'active' and licenses.expires_at > ${now} and licenses.expires_at <= ${soon} then 1 end`,
        )
        .as('expiringSoon'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(sql`case when ${USABLE} then license_assignments.quantity end`),
          sql<number>`0`,
        )
        .as('usableSeats'),
    ])
    .where('license_assignments.organization_id', '=', organizationId)
    .where('license_assignments.user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const live = await db
    .selectFrom('activations')
    .innerJoin('licenses', 'licenses.id', 'activations.license_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('activations.quantity'), sql<number>`0`).as('seats'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(sql`case when ${USABLE} then activations.quantity end`),
          sql<number>`0`,
        )
        .as('usableSeats'),
    ])
    .where('activations.organization_id', '=', organizationId)
    .where('activations.activated_by_user_id', '=', userId)
    .where(isLive(now))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('license_assignments')
          .select('license_assignments.id')
          .whereRef('license_assignments.license_id', '=', 'activations.license_id')
          .where('license_assignments.user_id', '=', userId),
      ),
    )
    .executeTakeFirstOrThrow();
  return {
    total: Number(row.total),
    seats: Number(row.seats),
    active: Number(row.active),
    expiringSoon: Number(row.expiringSoon),
    liveActivations: Number(live.count),
    liveSeats: Number(live.seats),
    // For Unactivated Licenses: seats of licenses that can be activated now (docs/kpi-definitions.md).
    usableSeats: Number(row.usableSeats),
    liveUsableSeats: Number(live.usableSeats),
  };
}

/** The member's newest assignments, with when each was assigned ("Added Date" in spec 002). */
export function recentAssignedLicenses(
  db: Db,
  organizationId: number,
  userId: number,
  limit: number,
) {
  return db
    .selectFrom('license_assignments')
    .innerJoin('licenses', 'licenses.id', 'license_assignments.license_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select([
      'licenses.id',
      'licenses.key_last4',
      'licenses.status',
      'licenses.expires_at',
      'license_assignments.assigned_at as created_at',
      'products.name as product_name',
    ])
    .where('license_assignments.organization_id', '=', organizationId)
    .where('license_assignments.user_id', '=', userId)
    .orderBy('license_assignments.assigned_at', 'desc')
    .orderBy('license_assignments.id', 'desc')
    .limit(limit)
    .execute();
}
