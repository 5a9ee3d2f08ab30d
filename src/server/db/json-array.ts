import type { Kysely, RawBuilder, SelectQueryBuilder, Simplify } from 'kysely';
import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';
import { dialectOf } from './dialect.js';

/**
 * A subquery's rows as one JSON array column (Kysely's documented helper for the dialect),
 * so a parent row carries its children without a second statement.
 */
export function jsonArrayFrom<O>(
  db: Kysely<any>,
  subquery: SelectQueryBuilder<any, any, O>,
): RawBuilder<Simplify<O>[]> {
  return (
    dialectOf(db) === 'postgres' ? postgresJsonArray(subquery) : sqliteJsonArray(subquery)
  ) as RawBuilder<Simplify<O>[]>;
}

/** PostgreSQL's driver parses JSON columns; SQLite answers the text. */
export function parsedJsonArray<T>(value: T[] | string): T[] {
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : value;
}
