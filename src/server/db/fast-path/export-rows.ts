import type { Compilable } from 'kysely';
import type { Db } from '../database.js';
import { readConnectionOf } from './read-connection.js';

/**
 * One batch of a million-row export. On SQLite the rows are read as arrays and made into
 * objects of one shape here: better-sqlite3's own row objects cost the Activations CSV more
 * than the rest of its work. Guarded by the export benchmark (bench/README.md, decision 150).
 * They are read on the read-only connection (decision 161); elsewhere (PostgreSQL, an
 * in-memory database, a transaction's connection) the query runs as Kysely runs it.
 */
export async function exportRows<Row>(db: Db, query: Compilable<Row>): Promise<Row[]> {
  const compiled = query.compile();
  const prepare = readConnectionOf(db);
  if (!prepare) return (await db.executeQuery(compiled)).rows;
  const statement = prepare(compiled.sql);
  const names = statement.columns().map((column) => column.name);
  // The statement is shared with other fast reads: arrays only for this one synchronous call.
  statement.raw(true);
  let arrays: unknown[][];
  try {
    arrays = statement.all(...compiled.parameters) as unknown[][];
  } finally {
    statement.raw(false);
  }
  return arrays.map((values) => {
    const row: Record<string, unknown> = {};
    for (let index = 0; index < names.length; index++) row[names[index]] = values[index];
    return row as Row;
  });
}
