import { nextCalendarDay, startOfDayInZone } from '../../common/format/day-range.js';
import type { SortDirection } from '../../common/page.js';
import type { KeysetPosition } from '../db/list-queries.js';
import { badRequest } from '../errors.js';

// The schemas live in src/common, shared with the web app's data hooks.
export {
  DateRangeQuery,
  filterSchema,
  listQuerySchema,
  SearchQuery,
  sortQuery,
} from '../../common/list-query-schema.js';

/** The instants [from, before) that the calendar days cover in the time zone. */
export interface InstantRange {
  from?: string;
  before?: string;
}

/**
 * A range on the column a list is sorted by, less the bound that a cursor inside the range
 * already implies: the upper one going down, the lower one going up. Given two upper bounds
 * on one column, SQLite scanned the whole range and sorted it: 24 ms for a page 10,000
 * events deep into ten days of audit log, 0.3 ms with the cursor's bound alone.
 */
export function rangePastCursor(
  range: InstantRange,
  position: KeysetPosition | undefined,
  direction: SortDirection,
): InstantRange {
  if (!position) return range;
  if (direction === 'desc' && range.before !== undefined && position.sortValue < range.before)
    return { from: range.from };
  if (direction === 'asc' && range.from !== undefined && position.sortValue >= range.from)
    return { before: range.before };
  return range;
}

export function resolveDateRange(
  range: { from?: string; to?: string },
  timeZone: string,
): InstantRange {
  if (range.from && range.to && range.from > range.to) {
    throw badRequest('The start date is after the end date.', { from: 'is after the end date' });
  }
  return {
    from: range.from ? startOfDayInZone(range.from, timeZone).toISOString() : undefined,
    before: range.to
      ? startOfDayInZone(nextCalendarDay(range.to), timeZone).toISOString()
      : undefined,
  };
}

/** The trimmed search text, or undefined when there is nothing to search for. */
export function searchText(q: string | undefined): string | undefined {
  const trimmed = q?.trim();
  return trimmed ? trimmed : undefined;
}
