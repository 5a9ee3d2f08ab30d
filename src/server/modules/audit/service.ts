import type {
  AuditActors,
  AuditFilters,
  AuditChainVerification,
  AuditEventItem,
} from '../../../common/audit-api.js';
import type { Page } from '../../../common/page.js';
import { verifyAuditChain } from '../../audit/verify-chain.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import type { Row } from '../../db/schema.js';
import { resolveDateRange, searchText } from '../../http/list-query.js';
import { allPages, decodeCursor, toPage } from '../../http/pagination.js';
import * as queries from './queries.js';

export type AuditEventRow = Row<'audit_events'>;

const EXPORT_BATCH = 1000;

export function presentAuditEvent(row: AuditEventRow): AuditEventItem {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    message: row.message,
    type: row.type,
    action: row.action,
    user: row.actor_label,
    userId: row.actor_user_id,
    ip: row.ip,
  };
}

/** The query's filters as the queries take them, resolved once for a page or a whole export. */
async function auditEventFilters(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: AuditFilters,
): Promise<queries.AuditEventFilters> {
  const text = searchText(query.q);
  return {
    ...resolveDateRange(query, timeZone),
    type: query.type,
    actorUserId: query.userId,
    systemActor: query.actor,
    textMatch:
      text === undefined
        ? undefined
        : await queries.auditTextMatch(ctx.db, actor.organizationId, text),
  };
}

async function auditEventRows(
  ctx: AppContext,
  actor: Actor,
  filters: queries.AuditEventFilters,
  query: AuditFilters,
  cursor: string | undefined,
  pageSize: number,
) {
  const rows = await queries.listAuditEvents(
    ctx.db,
    actor.organizationId,
    filters,
    query.direction ?? 'desc',
    decodeCursor(cursor),
    pageSize,
  );
  return toPage(
    rows,
    pageSize,
    (row) => ({ sortValue: row.occurred_at, id: row.id }),
    (row) => row,
  );
}

export async function listAuditEvents(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: AuditFilters & { cursor?: string; limit: number },
): Promise<Page<AuditEventItem>> {
  const page = await auditEventRows(
    ctx,
    actor,
    await auditEventFilters(ctx, actor, timeZone, query),
    query,
    query.cursor,
    query.limit,
  );
  return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
}

/** Every event the filters select, in the table's order, a batch at a time. */
export async function* auditEventBatches(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: AuditFilters,
): AsyncGenerator<AuditEventRow[]> {
  const filters = await auditEventFilters(ctx, actor, timeZone, query);
  yield* allPages((cursor) => auditEventRows(ctx, actor, filters, query, cursor, EXPORT_BATCH));
}

export async function listAuditActors(ctx: AppContext, actor: Actor): Promise<AuditActors> {
  const [rows, systemActors] = await Promise.all([
    queries.auditActors(ctx.db, actor.organizationId),
    queries.auditSystemActors(ctx.db, actor.organizationId),
  ]);
  const users = rows.map((row) => ({
    id: row.id,
    name: `${row.first_name} ${row.last_name}`.trim() || row.email,
    email: row.email,
  }));
  return { users, systemActors };
}

export function verifyOrganizationChain(
  ctx: AppContext,
  actor: Actor,
): Promise<AuditChainVerification> {
  return verifyAuditChain(ctx.db, actor.organizationId);
}

export function organizationSlugOf(ctx: AppContext, actor: Actor): Promise<string> {
  return queries.organizationSlug(ctx.db, actor.organizationId);
}
