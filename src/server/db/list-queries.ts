import { sql, type Expression, type SelectQueryBuilder } from 'kysely';
import type { SortDirection } from '../../common/page.js';

// The SQL of the shared list infrastructure (decision 026): keyset pages and text matching.
// The query-string side (cursors, schemas, date ranges) is in http/pagination.ts and http/list-query.ts.

/** Where a page ends: the sort value of its last row and, to break ties, that row's id. */
export interface KeysetPosition {
  sortValue: string;
  id: number;
}

export interface KeysetOrder {
  /** A column ("audit_events.occurred_at") or expression with non-null text values. */
  sortBy: string | Expression<string>;
  /** The unique id column that breaks ties ("audit_events.id"). */
  id: string;
  direction: SortDirection;
}

/**
 * Orders by (sort, id), starts after `position` and fetches one row more than the page so
 * the caller knows whether another page follows. The bound is written `sort <= v and
 * (sort < v or id < i)` so both databases read it as one index range.
 */
export function keysetPage<QB extends SelectQueryBuilder<any, any, any>>(
  query: QB,
  order: KeysetOrder,
  position: KeysetPosition | undefined,
  pageSize: number,
): QB {
  const sortBy = typeof order.sortBy === 'string' ? sql.ref(order.sortBy) : order.sortBy;
  const id = sql.ref(order.id);
  const past = sql.raw(order.direction === 'desc' ? '<' : '>');
  const pastOrAt = sql.raw(order.direction === 'desc' ? '<=' : '>=');
  const bounded = position
    ? query.where(
        sql<boolean>`${sortBy} ${pastOrAt} ${position.sortValue} and (${sortBy} ${past} ${position.sortValue} or ${id} ${past} ${position.id})`,
      )
    : query;
  return bounded
    .orderBy(sortBy, order.direction)
    .orderBy(id, order.direction)
    .limit(pageSize + 1) as QB;
}

/** `lower(expression) like %text%`, with the text's own wildcards taken literally, on both databases. */
export function containsText(expression: Expression<string | null>, text: string) {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`lower(${expression}) like ${pattern} escape '\\'`;
}
