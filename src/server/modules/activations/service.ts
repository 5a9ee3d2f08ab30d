import type {
  ActivationFilters,
  ActivationItem,
  ActivationProductOption,
  ActivationSortColumn,
  ActivationStatus,
  DeactivationResult,
} from '../../../common/activations-api.js';
import type { Page } from '../../../common/page.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { exportRows } from '../../db/fast-path/export-rows.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { resolveDateRange, searchText } from '../../http/list-query.js';
import { allPages, decodeCursor, toPage } from '../../http/pagination.js';
import { organizationSlug } from '../audit/queries.js';
import { deactivateActivation } from '../../licensing/public-api.js';
import * as queries from './queries.js';

const EXPORT_BATCH = 1000;

function statusOf(row: queries.ActivationListRow, now: string): ActivationStatus {
  if (row.deactivated_at !== null) return 'deactivated';
  return row.heartbeat_deadline !== null && row.heartbeat_deadline <= now ? 'lapsed' : 'live';
}

export function presentActivation(row: queries.ActivationListRow, now: string): ActivationItem {
  return {
    id: row.id,
    activatedAt: row.activated_at,
    productId: row.product_id,
    productName: row.product_name,
    projectName: row.project_name,
    projectManager: row.project_manager,
    activatedBy: row.activated_by_label,
    entitlementId: row.entitlement_public_id,
    serialNumber: row.kind === 'serial' ? row.identifier : null,
    kind: row.kind,
    identifier: row.identifier,
    hostname: row.hostname,
    platform: row.platform,
    quantity: row.quantity,
    lastHeartbeatAt: row.last_heartbeat_at,
    status: statusOf(row, now),
    deactivatedAt: row.deactivated_at,
    deactivatedBy: row.deactivated_by_label,
  };
}

/** The query's filters as the queries take them, resolved once for a page or a whole export. */
async function activationFilters(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: ActivationFilters,
): Promise<queries.ActivationFilters> {
  const text = searchText(query.q);
  return {
    ...resolveDateRange(query, timeZone),
    productId: query.productId,
    textMatch:
      text === undefined
        ? undefined
        : await queries.activationTextMatch(ctx.db, actor.organizationId, text),
  };
}

async function activationPage(
  ctx: AppContext,
  actor: Actor,
  filters: queries.ActivationFilters,
  query: ActivationFilters,
  cursor: string | undefined,
  pageSize: number,
  read: 'page' | 'export' = 'page',
) {
  const sort = query.sort ?? 'activatedAt';
  const pageQuery = queries.activationPageQuery(
    ctx.db,
    actor.organizationId,
    filters,
    { sort, direction: query.direction ?? 'desc' },
    decodeCursor(cursor),
    pageSize,
  );
  const rows = read === 'export' ? await exportRows(ctx.db, pageQuery) : await pageQuery.execute();
  const now = ctx.now().toISOString();
  return toPage(
    rows,
    pageSize,
    (row) => ({ sortValue: sortValueOf(row, sort), id: row.id }),
    (row) => presentActivation(row, now),
  );
}

function sortValueOf(row: queries.ActivationListRow, sort: ActivationSortColumn): string {
  if (sort === 'productName') return row.product_name;
  if (sort === 'projectName') return row.project_name ?? '';
  if (sort === 'projectManager') return row.project_manager ?? '';
  return sort === 'activatedBy' ? row.activated_by_label : row.activated_at;
}

export async function listActivations(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: ActivationFilters & { cursor?: string; limit: number },
): Promise<Page<ActivationItem>> {
  return activationPage(
    ctx,
    actor,
    await activationFilters(ctx, actor, timeZone, query),
    query,
    query.cursor,
    query.limit,
  );
}

/** Every activation the filters select, in the table's order, a batch at a time. */
export async function* activationBatches(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: ActivationFilters,
): AsyncGenerator<ActivationItem[]> {
  const filters = await activationFilters(ctx, actor, timeZone, query);
  yield* allPages((cursor) =>
    activationPage(ctx, actor, filters, query, cursor, EXPORT_BATCH, 'export'),
  );
}

export function listProducts(ctx: AppContext, actor: Actor): Promise<ActivationProductOption[]> {
  return queries.organizationProducts(ctx.db, actor.organizationId);
}

/**
 * Deactivates every named activation through the seat engine, all or none: an id that is
 * foreign, unknown or already deactivated, or a license past its deactivation limit, refuses the lot.
 */
export function deactivateActivations(
  ctx: AppContext,
  actor: Actor,
  activationIds: number[],
  ip: string | null,
): Promise<DeactivationResult> {
  return inTransaction(ctx.db, (trx) => deactivateEach(ctx, trx, actor, activationIds, ip));
}

/** The seat engine's deactivation of each activation, in the caller's transaction. */
export async function deactivateEach(
  ctx: AppContext,
  trx: Trx,
  actor: Actor,
  activationIds: number[],
  ip: string | null,
): Promise<DeactivationResult> {
  for (const activationId of new Set(activationIds)) {
    await deactivateActivation(
      ctx,
      {
        target: { activationId, organizationId: actor.organizationId },
        actor: { userId: actor.userId, label: actor.label, ip },
      },
      trx,
    );
  }
  return { deactivated: new Set(activationIds).size };
}

export function organizationSlugOf(ctx: AppContext, actor: Actor): Promise<string> {
  return organizationSlug(ctx.db, actor.organizationId);
}
