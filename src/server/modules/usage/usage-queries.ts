import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { isLapsed } from '../../licensing/public-api.js';

/** What a usage series counts: the whole organization, one product, or some licenses (an entitlement's). */
export type UsageScope =
  | { kind: 'organization' }
  | { kind: 'product'; productId: number }
  | { kind: 'licenses'; licenseIds: number[] };

/** Seats and count of events on one UTC day (YYYY-MM-DD) for one product. */
export interface DayEvents {
  day: string;
  product_id: number;
  count: number;
  seats: number;
}

// The UTC day of an ISO-8601 text timestamp: the same expression on SQLite and PostgreSQL.
export const dayOf = (column: 'activated_at' | 'deactivated_at' | 'heartbeat_deadline') =>
  sql<string>`substr(${sql.ref(`activations.${column}`)}, 1, 10)`;

function scopedActivations(db: Db, organizationId: number, scope: UsageScope) {
  let query = db
    .selectFrom('activations')
    .where('activations.organization_id', '=', organizationId);
  if (scope.kind === 'product') query = query.where('activations.product_id', '=', scope.productId);
  if (scope.kind === 'licenses')
    query = query.where('activations.license_id', 'in', idsOrNone(scope.licenseIds));
  return query;
}

// `in ()` is not SQL; no license matches id 0.
const idsOrNone = (ids: number[]) => (ids.length > 0 ? ids : [0]);

const toEvents = (rows: { day: string; product_id: number; count: unknown; seats: unknown }[]) =>
  rows.map((r) => ({
    day: r.day,
    product_id: Number(r.product_id),
    count: Number(r.count),
    seats: Number(r.seats),
  }));

type EventColumn = 'activated_at' | 'deactivated_at' | 'heartbeat_deadline';
export type ActivationQuery = ReturnType<typeof scopedActivations>;

/** Activations counted on the UTC day of `column`, per day and product, among those `only` keeps. */
export async function eventsPerDay(
  db: Db,
  organizationId: number,
  scope: UsageScope,
  column: EventColumn,
  only: (query: ActivationQuery) => ActivationQuery,
): Promise<DayEvents[]> {
  const rows = await only(scopedActivations(db, organizationId, scope))
    .select((eb) => [
      dayOf(column).as('day'),
      'activations.product_id',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('activations.quantity').as('seats'),
    ])
    .groupBy([dayOf(column), 'activations.product_id'])
    .execute();
  return toEvents(rows);
}

/**
 * Activations made on `fromDay` (YYYY-MM-DD) or later, per UTC day and product: one range of
 * index activations_usage_started (or _product_started), grouped in its order (migration 017).
 */
export const activationsPerDay = (
  db: Db,
  organizationId: number,
  scope: UsageScope,
  fromDay: string,
) =>
  eventsPerDay(db, organizationId, scope, 'activated_at', (query) =>
    query.where(dayOf('activated_at'), '>=', fromDay),
  );

/** Activations deactivated on `fromDay` or later, per UTC day and product (index activations_usage_ended). */
export const deactivationsPerDay = (
  db: Db,
  organizationId: number,
  scope: UsageScope,
  fromDay: string,
) =>
  eventsPerDay(db, organizationId, scope, 'deactivated_at', (query) =>
    query
      .where('activations.deactivated_at', 'is not', null)
      .where(dayOf('deactivated_at'), '>=', fromDay),
  );

/**
 * Open activations whose heartbeat deadline has passed (they stopped counting as live on that
 * day), per UTC day and product; the partial index activations_open_deadline_cover holds them with their product (migration 025).
 */
export const lapsesPerDay = (db: Db, organizationId: number, scope: UsageScope, now: string) =>
  eventsPerDay(db, organizationId, scope, 'heartbeat_deadline', (query) =>
    query.where(isLapsed(now)),
  );

/**
 * Activations closed after their heartbeat deadline had passed (deactivated while dead), per
 * UTC day of that deadline from `fromDay` through `toDay`, and product: the daily rollup
 * counted each as ending on that day, but it ended when it was deactivated
 * (index activations_usage_closed_late, migration 025: not those closed at their deadline).
 */
export const closedAfterDeadlinePerDay = (
  db: Db,
  organizationId: number,
  scope: UsageScope,
  fromDay: string,
  toDay: string,
) =>
  eventsPerDay(db, organizationId, scope, 'heartbeat_deadline', (query) =>
    query
      .where(sql<boolean>`activations.deactivated_at > activations.heartbeat_deadline`)
      .where(dayOf('heartbeat_deadline'), '>=', fromDay)
      .where(dayOf('heartbeat_deadline'), '<=', toDay),
  );

/**
 * Per product in scope: the seats open activations hold (the counters of migration 007) and
 * the purchased seats, i.e. those of licenses that are active and not expired now. Summed over
 * the licenses alone, in the order of the covering index licenses_usage_product, and only then
 * named: joined first, SQLite read every license's row and sorted them (decision 143).
 */
export async function seatsPerProduct(
  db: Db,
  organizationId: number,
  scope: UsageScope,
  now: string,
) {
  let licenses = db.selectFrom('licenses').where('licenses.organization_id', '=', organizationId);
  if (scope.kind === 'product')
    licenses = licenses.where('licenses.product_id', '=', scope.productId);
  if (scope.kind === 'licenses')
    licenses = licenses.where('licenses.id', 'in', idsOrNone(scope.licenseIds));
  const perProduct = licenses
    .select((eb) => [
      'licenses.product_id',
      eb.fn.sum<number>('licenses.open_seats').as('open_seats'),
      eb.fn
        .coalesce(
          eb.fn.sum<number>(
            sql`case when licenses.status = 'active' and (licenses.expires_at is null or licenses.expires_at > ${now}) then licenses.seats end`,
          ),
          sql<number>`0`,
        )
        .as('purchased'),
    ])
    .groupBy('licenses.product_id')
    .as('held');
  const rows = await db
    .selectFrom(perProduct)
    .innerJoin('products', 'products.id', 'held.product_id')
    .select(['held.product_id', 'products.name', 'held.open_seats', 'held.purchased'])
    .orderBy('held.product_id')
    .execute();
  return rows.map((r) => ({
    productId: Number(r.product_id),
    name: r.name,
    openSeats: Number(r.open_seats),
    purchased: Number(r.purchased),
  }));
}

/** The entitlement's label and its licenses' ids and expiries. */
export async function entitlementLicenses(db: Db, organizationId: number, entitlementId: number) {
  const entitlement = await db
    .selectFrom('entitlements')
    .select(['id', 'public_id'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', entitlementId)
    .executeTakeFirst();
  if (!entitlement) return undefined;
  const licenses = await db
    .selectFrom('licenses')
    .select(['id', 'expires_at', 'status'])
    .where('organization_id', '=', organizationId)
    .where('entitlement_id', '=', entitlementId)
    .execute();
  return { publicId: entitlement.public_id, licenses };
}

/**
 * Entitlements whose expiry (their last license's; none when a license never expires) falls
 * between now and `until`, the soonest first. Candidates come from index licenses(organization_id,
 * expires_at) first, then their licenses by licenses_entitlement: in one statement PostgreSQL
 * joined all the organization's licenses (decision 143).
 */
export async function entitlementsExpiringBetween(
  db: Db,
  organizationId: number,
  now: string,
  until: string,
  limit: number,
) {
  const candidates = await db
    .selectFrom('licenses')
    .select('entitlement_id')
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('expires_at', '>', now)
    .where('expires_at', '<=', until)
    .execute();
  if (candidates.length === 0) return [];
  const lastExpiry = sql<string>`max(licenses.expires_at)`;
  const rows = await db
    .selectFrom('licenses')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select(['licenses.entitlement_id', 'entitlements.public_id', lastExpiry.as('expires_at')])
    .where('licenses.organization_id', '=', organizationId)
    .where(
      'licenses.entitlement_id',
      'in',
      candidates.map((c) => c.entitlement_id),
    )
    .groupBy(['licenses.entitlement_id', 'entitlements.public_id'])
    .having(sql`count(licenses.expires_at)`, '=', sql`count(*)`)
    .having(lastExpiry, '<=', until)
    .orderBy(lastExpiry)
    .orderBy('licenses.entitlement_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    entitlementId: Number(r.entitlement_id),
    publicId: r.public_id,
    expiresAt: r.expires_at,
  }));
}
