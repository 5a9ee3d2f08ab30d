import { sql, type Expression } from 'kysely';
import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import type { AuditType } from '../../db/schema/events.js';
import { matchesText } from '../../db/text-search-queries.js';
import { rangePastCursor, type InstantRange } from '../../http/list-query.js';
import { keysetPage, type KeysetPosition } from '../../db/list-queries.js';

export interface AuditEventFilters extends InstantRange {
  type?: AuditType;
  actorUserId?: number;
  /** The label of an actor that is not a member ("Software", "Vendor"); audit_org_system_actor_time. */
  systemActor?: string;
  /** From auditTextMatch. */
  textMatch?: Expression<boolean>;
}

/** The condition of a text search over the organization's events (db/text-search.ts). */
export function auditTextMatch(
  db: Db,
  organizationId: number,
  text: string,
): Promise<Expression<boolean>> {
  return matchesText(db, 'audit_events', organizationId, text);
}

/** One page of the organization's events, newest (or oldest) first; each filter narrows an index range. */
export function listAuditEvents(
  db: Db,
  organizationId: number,
  filters: AuditEventFilters,
  direction: SortDirection,
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = db
    .selectFrom('audit_events')
    .selectAll()
    .where('organization_id', '=', organizationId);
  const range = rangePastCursor(filters, position, direction);
  if (range.from) query = query.where('occurred_at', '>=', range.from);
  if (range.before) query = query.where('occurred_at', '<', range.before);
  if (filters.type) query = query.where('type', '=', filters.type);
  if (filters.actorUserId) query = query.where('actor_user_id', '=', filters.actorUserId);
  if (filters.systemActor !== undefined)
    query = query.where('actor_user_id', 'is', null).where('actor_label', '=', filters.systemActor);
  if (filters.textMatch) query = query.where(filters.textMatch);
  return keysetPage(
    query,
    { sortBy: 'occurred_at', id: 'id', direction },
    position,
    pageSize,
  ).execute();
}

/**
 * The users who appear as actors in the organization's log, found by a skip scan: one index
 * seek per distinct actor instead of a pass over every event.
 */
export async function auditActors(db: Db, organizationId: number) {
  const { rows } = await sql<{ id: number; first_name: string; last_name: string; email: string }>`
    with recursive actor(id) as (
      select min(actor_user_id) from audit_events where organization_id = ${organizationId}
      union all
      select (
        select min(actor_user_id) from audit_events
        where organization_id = ${organizationId} and actor_user_id > actor.id
      ) from actor where actor.id is not null
    )
    select users.id, users.first_name, users.last_name, users.email
    from actor join users on users.id = actor.id
    order by users.first_name, users.last_name, users.id`.execute(db);
  return rows;
}

/** The labels of the actors that are not members, by a skip scan of the partial index of migration 012. */
export async function auditSystemActors(db: Db, organizationId: number): Promise<string[]> {
  const { rows } = await sql<{ label: string | null }>`
    with recursive actor(label) as (
      select min(actor_label) from audit_events where organization_id = ${organizationId} and actor_user_id is null
      union all
      select (
        select min(actor_label) from audit_events
        where organization_id = ${organizationId} and actor_user_id is null and actor_label > actor.label
      ) from actor where actor.label is not null
    )
    select label from actor where label is not null`.execute(db);
  return rows.map((row) => row.label!);
}

export async function organizationSlug(db: Db, organizationId: number): Promise<string> {
  const row = await db
    .selectFrom('organizations')
    .select('slug')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.slug;
}
