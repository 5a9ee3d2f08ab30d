import type { Db } from '../../db/database.js';
import type { Row } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import {
  closedAfterDeadlinePerDay,
  dayOf,
  eventsPerDay,
  type ActivationQuery,
  type DayEvents,
  type UsageScope,
} from './usage-queries.js';
import { dayAfter } from './usage-series.js';

/** One row of usage_days without its organization (migration 024). */
export type RolledDay = Omit<Row<'usage_days'>, 'organization_id'>;

const ORGANIZATION: UsageScope = { kind: 'organization' };
/** A rolled-up day's figures: integer columns, numbers from both drivers. */
const FIGURES = [
  'activated',
  'activated_seats',
  'freed',
  'freed_seats',
  'died',
  'died_seats',
] as const;

/** The last day of the organization's rollup; null before its first. */
export async function rolledThrough(db: Db, organizationId: number): Promise<string | null> {
  const row = await db
    .selectFrom('usage_rollups')
    .select('rolled_through')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.rolled_through ?? null;
}

/** The rolled-up days from `fromDay` through `toDay` of the organization or one of its products (primary key order). */
export async function rolledDays(
  db: Db,
  organizationId: number,
  scope: UsageScope & { kind: 'organization' | 'product' },
  fromDay: string,
  toDay: string,
): Promise<RolledDay[]> {
  return db
    .selectFrom('usage_days')
    .select(['day', 'product_id', ...FIGURES])
    .where('organization_id', '=', organizationId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .$if(scope.kind === 'product', (query) =>
      query.where('product_id', '=', (scope as { productId: number }).productId),
    )
    .execute();
}

/** Every organization and the last day of its rollup (null before its first). */
export function rollupProgress(db: Db) {
  return db
    .selectFrom('organizations')
    .leftJoin('usage_rollups', 'usage_rollups.organization_id', 'organizations.id')
    .select(['organizations.id', 'usage_rollups.rolled_through'])
    .orderBy('organizations.id')
    .execute();
}

/** The UTC day of the organization's first activation (index activations_org_activated). */
export async function firstActivationDay(db: Db, organizationId: number): Promise<string | null> {
  const row = await db
    .selectFrom('activations')
    .select((eb) => eb.fn.min('activated_at').as('first'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.first ? String(row.first).slice(0, 10) : null;
}

/** Activations made per day and product from `fromDay` through `toDay` (index activations_usage_started). */
export const madePerDay = (db: Db, organizationId: number, fromDay: string, toDay: string) =>
  eventsPerDay(db, organizationId, ORGANIZATION, 'activated_at', (query) =>
    query.where(dayOf('activated_at'), '>=', fromDay).where(dayOf('activated_at'), '<=', toDay),
  );

/** Activations deactivated on a day from `fromDay` through `toDay` (index activations_usage_ended). */
const deactivatedOnDays = (query: ActivationQuery, fromDay: string, toDay: string) =>
  query
    .where('activations.deactivated_at', 'is not', null)
    .where(dayOf('deactivated_at'), '>=', fromDay)
    .where(dayOf('deactivated_at'), '<=', toDay);

/**
 * Deactivations written when they happened (every one but the closing of a dead activation
 * at its past deadline, by the seat engine or the heartbeat monitor), per day and product.
 */
export const freedPerDay = (db: Db, organizationId: number, fromDay: string, toDay: string) =>
  eventsPerDay(db, organizationId, ORGANIZATION, 'deactivated_at', (query) =>
    deactivatedOnDays(query, fromDay, toDay).where((eb) =>
      eb.or([
        eb('activations.heartbeat_deadline', 'is', null),
        eb('activations.deactivated_at', '<>', eb.ref('activations.heartbeat_deadline')),
      ]),
    ),
  );

/** Open activations whose heartbeat deadline fell on a day from `fromDay` through `toDay` (index activations_open_deadline_cover). */
export const lapsedOpenPerDay = (db: Db, organizationId: number, fromDay: string, toDay: string) =>
  eventsPerDay(db, organizationId, ORGANIZATION, 'heartbeat_deadline', (query) =>
    query
      .where('activations.deactivated_at', 'is', null)
      .where('activations.heartbeat_deadline', 'is not', null)
      .where('activations.heartbeat_deadline', '>=', fromDay)
      .where('activations.heartbeat_deadline', '<', dayAfter(toDay)),
  );

/**
 * Activations closed at or after their heartbeat deadline, by the deadline's day: those closed
 * later (index activations_usage_closed_late), and those closed at it by the seat engine or the
 * heartbeat monitor, found by their deactivation, which falls on the same day
 * (index activations_usage_ended).
 */
export async function closedDeadPerDay(
  db: Db,
  organizationId: number,
  fromDay: string,
  toDay: string,
): Promise<DayEvents[]> {
  const [later, atDeadline] = await Promise.all([
    closedAfterDeadlinePerDay(db, organizationId, ORGANIZATION, fromDay, toDay),
    eventsPerDay(db, organizationId, ORGANIZATION, 'deactivated_at', (query) =>
      deactivatedOnDays(query, fromDay, toDay).where((eb) =>
        eb('activations.deactivated_at', '=', eb.ref('activations.heartbeat_deadline')),
      ),
    ),
  ]);
  return [...later, ...atDeadline];
}

/**
 * Writes the organization's rolled-up days and moves its last rolled day forward, in one
 * transaction. A day rolled twice (a lease taken over mid-run) gets the same figures again.
 */
export async function saveRolledDays(
  db: Db,
  organizationId: number,
  days: RolledDay[],
  through: string,
  now: string,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const rows = days.map((d) => ({ organization_id: organizationId, ...d }));
    for (let start = 0; start < rows.length; start += 500) {
      await trx
        .insertInto('usage_days')
        .values(rows.slice(start, start + 500))
        .onConflict((oc) =>
          oc
            .columns(['organization_id', 'day', 'product_id'])
            .doUpdateSet((eb) =>
              Object.fromEntries(FIGURES.map((column) => [column, eb.ref(`excluded.${column}`)])),
            ),
        )
        .execute();
    }
    await trx
      .insertInto('usage_rollups')
      .values({ organization_id: organizationId, rolled_through: through, rolled_at: now })
      .onConflict((oc) =>
        oc
          .column('organization_id')
          .doUpdateSet({ rolled_through: through, rolled_at: now })
          .where('usage_rollups.rolled_through', '<', through),
      )
      .execute();
  });
}
