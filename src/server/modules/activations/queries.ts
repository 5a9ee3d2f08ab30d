import { sql, type Expression } from 'kysely';
import type { ActivationSortColumn } from '../../../common/activations-api.js';
import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import { matchesText } from '../../db/text-search-queries.js';
import { rangePastCursor, type InstantRange } from '../../http/list-query.js';
import { keysetPage, type KeysetPosition } from '../../db/list-queries.js';

export interface ActivationFilters extends InstantRange {
  productId?: number;
  /** From activationTextMatch. */
  textMatch?: Expression<boolean>;
}

/** The condition of a text search over the organization's activations (db/text-search.ts). */
export function activationTextMatch(
  db: Db,
  organizationId: number,
  text: string,
): Promise<Expression<boolean>> {
  return matchesText(db, 'activations', organizationId, text);
}

/** What each sort orders by; the same expressions are indexed (migrations 005-activations-indexes, 006-activation-product-name). */
export const ACTIVATION_SORT_SQL: Record<ActivationSortColumn, Expression<string>> = {
  activatedAt: sql<string>`activations.activated_at`,
  productName: sql<string>`activations.product_name`,
  projectName: sql<string>`coalesce(activations.project_name, '')`,
  projectManager: sql<string>`coalesce(activations.project_manager, '')`,
  activatedBy: sql<string>`activations.activated_by_label`,
};

/** The columns a row of the table and of its export shows; a million-row export decodes only these. */
function activationsOf(db: Db, organizationId: number) {
  return db
    .selectFrom('activations')
    .select([
      'activations.id',
      'activations.activated_at',
      'activations.product_id',
      'activations.product_name',
      'activations.project_name',
      'activations.project_manager',
      'activations.activated_by_label',
      'activations.kind',
      'activations.identifier',
      'activations.hostname',
      'activations.platform',
      'activations.quantity',
      'activations.last_heartbeat_at',
      'activations.heartbeat_deadline',
      'activations.deactivated_at',
      'activations.deactivated_by_label',
      'activations.entitlement_public_id',
      'activations.key_last4',
    ])
    .where('activations.organization_id', '=', organizationId);
}

export type ActivationListRow = Awaited<
  ReturnType<ReturnType<typeof activationsOf>['executeTakeFirstOrThrow']>
>;

/** One page of the organization's activations; the date range and product narrow the sort's index range. */
export function activationPageQuery(
  db: Db,
  organizationId: number,
  filters: ActivationFilters,
  order: { sort: ActivationSortColumn; direction: SortDirection },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = activationsOf(db, organizationId);
  const range =
    order.sort === 'activatedAt' ? rangePastCursor(filters, position, order.direction) : filters;
  if (range.from) query = query.where('activations.activated_at', '>=', range.from);
  if (range.before) query = query.where('activations.activated_at', '<', range.before);
  if (filters.productId) query = query.where('activations.product_id', '=', filters.productId);
  if (filters.textMatch) query = query.where(filters.textMatch);
  return keysetPage(
    query,
    { sortBy: ACTIVATION_SORT_SQL[order.sort], id: 'activations.id', direction: order.direction },
    position,
    pageSize,
  );
}

export function findActivation(db: Db, organizationId: number, activationId: number) {
  return activationsOf(db, organizationId)
    .innerJoin('entitlements', 'entitlements.id', 'activations.entitlement_id')
    .innerJoin('licenses', 'licenses.id', 'activations.license_id')
    .select([
      'activations.license_id',
      'licenses.seats',
      'licenses.status as license_status',
      'licenses.expires_at as license_expires_at',
      'licenses.max_deactivations',
      'licenses.deactivation_period_days',
      'entitlements.sales_order',
      'entitlements.po_number',
    ])
    .where('activations.id', '=', activationId)
    .executeTakeFirst();
}

/** The activation's audit events, oldest first (a short list: created, heartbeats lapsing, deactivated). */
export function activationAuditTrail(db: Db, organizationId: number, activationId: number) {
  return db
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'action', 'message', 'actor_label', 'ip'])
    .where('organization_id', '=', organizationId)
    .where('target_type', '=', 'activation')
    .where('target_id', '=', String(activationId))
    .orderBy('id')
    .execute();
}

/** The products the organization holds licenses of, for the product filter. */
export function organizationProducts(db: Db, organizationId: number) {
  return db
    .selectFrom('products')
    .select(['products.id', 'products.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('licenses')
          .select('licenses.id')
          .whereRef('licenses.product_id', '=', 'products.id')
          .where('licenses.organization_id', '=', organizationId),
      ),
    )
    .orderBy('products.name')
    .orderBy('products.id')
    .execute();
}

/** Open activations of the organization not seen (no heartbeat, else no activation) since `cutoff`. */
function staleActivations(db: Db, organizationId: number, cutoff: string) {
  return db
    .selectFrom('activations')
    .where('organization_id', '=', organizationId)
    .where('deactivated_at', 'is', null)
    .where((eb) => eb(eb.fn.coalesce('last_heartbeat_at', 'activated_at'), '<', cutoff));
}

/** What a seat reclaim would free, seen longest ago first, at most `limit`. */
export function staleActivationList(db: Db, organizationId: number, cutoff: string, limit: number) {
  return staleActivations(db, organizationId, cutoff)
    .select((eb) => [
      'id',
      eb.fn.coalesce('name', 'hostname', 'identifier').as('name'),
      'product_name',
      eb.fn.coalesce('last_heartbeat_at', 'activated_at').as('last_seen_at'),
      'quantity',
    ])
    .orderBy((eb) => eb.fn.coalesce('last_heartbeat_at', 'activated_at'))
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function staleActivationTotals(db: Db, organizationId: number, cutoff: string) {
  const row = await staleActivations(db, organizationId, cutoff)
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('quantity'), sql<number>`0`).as('seats'),
    ])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), seats: Number(row.seats) };
}

/** Which of these activations are still stale: a reclaim frees only those. */
export async function staleAmong(
  db: Db,
  organizationId: number,
  cutoff: string,
  activationIds: number[],
) {
  const rows = await staleActivations(db, organizationId, cutoff)
    .select('id')
    .where('id', 'in', activationIds)
    .execute();
  return rows.map((row) => row.id);
}
