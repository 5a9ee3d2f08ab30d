import { sql, type Expression, type SelectQueryBuilder } from 'kysely';
import { Type } from 'typebox';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type SortDirection } from '../../common/page.js';
import { badRequest } from './errors.js';
import { isPlainText, isRecordId } from './input-schemas.js';

/** Query-string fields of every paginated list: an opaque cursor and a page size. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 400 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })),
};

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

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortValue, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (!cursor) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2 && isPlainText(decoded[0]) && isRecordId(decoded[1])) {
      return { sortValue: decoded[0], id: decoded[1] };
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw badRequest('The page link is no longer valid. Start again from the first page.', { cursor: 'is invalid' });
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
    ? query.where(sql<boolean>`${sortBy} ${pastOrAt} ${position.sortValue} and (${sortBy} ${past} ${position.sortValue} or ${id} ${past} ${position.id})`)
    : query;
  return bounded.orderBy(sortBy, order.direction).orderBy(id, order.direction).limit(pageSize + 1) as QB;
}

/** Turns the rows of keysetPage (page size + 1 at most) into a page with the next cursor. */
export function toPage<Row, Item>(rows: Row[], pageSize: number, positionOf: (row: Row) => KeysetPosition, present: (row: Row) => Item): Page<Item> {
  const hasMore = rows.length > pageSize;
  const visible = hasMore ? rows.slice(0, pageSize) : rows;
  return { items: visible.map(present), nextCursor: hasMore ? encodeCursor(positionOf(visible[visible.length - 1])) : null };
}

/** Every page of a list, one batch at a time, for exports that must not hold all rows. */
export async function* allPages<Item>(fetchPage: (cursor: string | undefined) => Promise<Page<Item>>): AsyncGenerator<Item[]> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
