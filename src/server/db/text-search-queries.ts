import { sql, type Expression } from 'kysely';
import type { Db } from './database.js';
import { containsText } from './list-queries.js';
import { dialectOf } from './dialect.js';

/**
 * The columns each text search looks in. Migration 008-text-search-indexes builds its trigram
 * indexes over exactly these lists: changing one needs a new migration.
 */
export const SEARCHED_TEXT = {
  activations: [
    'hostname',
    'identifier',
    'project_name',
    'project_manager',
    'activated_by_label',
    'product_name',
  ],
  audit_events: ['message', 'actor_label'],
} as const;

/** Trigram indexes hold runs of three characters: a shorter text cannot be looked up in them. */
const SHORTEST_INDEXED_TEXT = 3;

/**
 * Above this many matching rows in the organization, a page fills quickly along the sort
 * index (a page of 50 reads about 50 × rows / matches), while gathering and sorting every
 * match would not: the walk is chosen. Below it the matches are few enough to sort.
 */
const MOST_ROWS_SORTED_FROM_INDEX = 5000;

type SearchedTable = keyof typeof SEARCHED_TEXT;

/**
 * The condition selecting the organization's rows whose searched columns contain the text,
 * case-insensitively (docs/decisions/065-text-search-index.md). The `contains` test on each
 * column is the search's definition. For a rare text the trigram index supplies the
 * candidate rows; a common or short text (under three characters) is tested row by row
 * along the list's sort index, which fills a page after a few rows. Resolve it once per list
 * or export: the choice costs a query.
 */
export async function matchesText(
  db: Db,
  table: SearchedTable,
  organizationId: number,
  text: string,
): Promise<Expression<boolean>> {
  const contains = sql<boolean>`(${sql.join(
    SEARCHED_TEXT[table].map((column) =>
      containsText(sql.ref<string | null>(`${table}.${column}`), text),
    ),
    sql` or `,
  )})`;
  if ([...text].length < SHORTEST_INDEXED_TEXT) return contains;
  const candidates = indexedCandidates(db, table, text);
  const { rows } = await sql<{ matches: number }>`select count(*) as matches from (
      select 1 from ${sql.table(table)} where ${sql.ref(`${table}.organization_id`)} = ${organizationId} and ${candidates}
      limit ${MOST_ROWS_SORTED_FROM_INDEX + 1}) as probe`.execute(db);
  return Number(rows[0].matches) > MOST_ROWS_SORTED_FROM_INDEX
    ? contains
    : sql<boolean>`(${candidates} and ${contains})`;
}

/** Rows holding every three-character run of the text, found through the trigram index (a superset of the matches). */
function indexedCandidates(db: Db, table: SearchedTable, text: string): Expression<boolean> {
  if (dialectOf(db) === 'postgres')
    return containsText(sql.raw(joinedColumnsSql(table, (column) => `${table}.${column}`)), text);
  const index = sql.table(`${table}_search`);
  return sql<boolean>`${sql.ref(`${table}.id`)} in (select rowid from ${index} where ${index} match ${ftsPhrase(text)})`;
}

/**
 * PostgreSQL's indexed expression: the searched columns joined by chr(1), which no search
 * contains (control characters are refused). `||` rather than concat_ws, which is not
 * immutable and so cannot be indexed.
 */
export function joinedColumnsSql(
  table: SearchedTable,
  reference: (column: string) => string = (column) => column,
): string {
  return SEARCHED_TEXT[table]
    .map((column) => `coalesce(${reference(column)}, '')`)
    .join(` || chr(1) || `);
}

/** The text as one FTS5 phrase: with the trigram tokenizer, rows holding it as a substring. */
function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
