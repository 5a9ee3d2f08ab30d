import type { Page } from '../../common/page.js';
import type { KeysetPosition } from '../db/list-queries.js';
import { badRequest } from '../errors.js';
import { isPlainText, isRecordId } from './input-schemas.js';

export { PageQuery } from '../../common/list-query-schema.js';

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortValue, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (!cursor) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      isPlainText(decoded[0]) &&
      isRecordId(decoded[1])
    ) {
      return { sortValue: decoded[0], id: decoded[1] };
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw badRequest('The page link is no longer valid. Start again from the first page.', {
    cursor: 'is invalid',
  });
}

/** Turns the rows of keysetPage (page size + 1 at most) into a page with the next cursor. */
export function toPage<Row, Item>(
  rows: Row[],
  pageSize: number,
  positionOf: (row: Row) => KeysetPosition,
  present: (row: Row) => Item,
): Page<Item> {
  const hasMore = rows.length > pageSize;
  const visible = hasMore ? rows.slice(0, pageSize) : rows;
  return {
    items: visible.map(present),
    nextCursor: hasMore ? encodeCursor(positionOf(visible[visible.length - 1])) : null,
  };
}

/** Every page of a list, one batch at a time, for exports that must not hold all rows. */
export async function* allPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<Page<Item>>,
): AsyncGenerator<Item[]> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Reads the first batch before an export answers: a refused filter (a start date after the
 * end date, a stale cursor) becomes a 400 instead of a 200 whose download is cut short.
 */
export async function startBatches<Item>(
  batches: AsyncGenerator<Item[]>,
): Promise<AsyncGenerator<Item[]>> {
  const first = await batches.next();
  async function* resumed() {
    if (first.done) return;
    yield first.value;
    yield* batches;
  }
  return resumed();
}
