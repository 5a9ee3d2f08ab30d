import { Type, type TSchema } from 'typebox';
import { PlainText } from './input-schemas.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SortDirection } from './page.js';
import { StringEnum } from './schema-kit.js';

const SORT_DIRECTIONS = ['asc', 'desc'] as const;

/**
 * The query strings of the portal's lists, as schemas: the routes validate with them and the
 * web app's data hooks type their filters with `Static<>` of the same schema.
 */

/** Query-string fields of every paginated list: an opaque cursor and a page size. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 400 })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
  ),
};

/** A list's query string: page fields plus the list's own filters; unknown fields are refused. */
export function listQuerySchema<Filters extends Record<string, TSchema>>(filters: Filters) {
  return Type.Object({ ...PageQuery, ...filters }, { additionalProperties: false });
}

/** A list's filters alone (an export takes them without paging); unknown fields are refused. */
export function filterSchema<Filters extends Record<string, TSchema>>(filters: Filters) {
  return Type.Object(filters, { additionalProperties: false });
}

/** Start and end calendar days, both inclusive, in the member's time zone. */
export const DateRangeQuery = {
  from: Type.Optional(
    Type.String({ format: 'date', description: 'First day, YYYY-MM-DD, in your time zone' }),
  ),
  to: Type.Optional(
    Type.String({
      format: 'date',
      description: 'Last day (inclusive), YYYY-MM-DD, in your time zone',
    }),
  ),
};

export const SearchQuery = {
  q: Type.Optional(
    PlainText({ maxLength: 200, description: 'Text to search for (case-insensitive, contains)' }),
  ),
};

export function sortQuery<const Column extends string>(
  columns: readonly Column[],
  defaults: { sort: Column; direction: SortDirection },
) {
  return {
    sort: Type.Optional(StringEnum(columns, { default: defaults.sort })),
    direction: Type.Optional(StringEnum(SORT_DIRECTIONS, { default: defaults.direction })),
  };
}
