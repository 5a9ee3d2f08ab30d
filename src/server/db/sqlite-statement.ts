import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDialectConfig, SqliteStatement } from 'kysely';
import { objectOf, rowShape } from './row-shape.js';

/** Distinct SQL texts kept prepared; the portal has a few hundred. */
const STATEMENT_CACHE_SIZE = 1000;

const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/**
 * A prepared statement as Kysely runs it, reading rows as arrays and keying them in
 * JavaScript: better-sqlite3 builds each row object through V8's C++ API, which made reading
 * a million-row export about 15 % slower (bench/README.md, decisions/067). Asking for the
 * column names costs more than a lookup (about 30 µs), so they are kept until the schema
 * changes (`schemaEpoch`): SQLite then re-prepares the statement, and `select *` may name
 * other columns. They are asked for after the run has begun, once the re-prepare happened.
 */
export function arrayReadStatement(statement: SqliteDatabase.Statement, schemaEpoch: () => number): SqliteStatement {
  if (!statement.reader) return statement;
  const rows = statement.raw(true);
  let shape = rowShape([]);
  let namesEpoch = -1;
  // A changed row width also means another connection (a CLI, say) changed the schema.
  const currentShape = (width: number | undefined) => {
    if (namesEpoch !== schemaEpoch() || (width !== undefined && width !== shape.names.length)) {
      shape = rowShape(rows.columns().map((column) => column.name));
      namesEpoch = schemaEpoch();
    }
    return shape;
  };
  return {
    reader: true,
    all: (parameters) => {
      const found = rows.all(parameters) as unknown[][];
      const current = currentShape(found[0]?.length);
      return found.map((cells) => objectOf(current, cells));
    },
    run: (parameters) => rows.run(parameters),
    iterate: function* (parameters) {
      for (const cells of rows.iterate(parameters) as IterableIterator<unknown[]>) yield objectOf(currentShape(cells.length), cells);
    },
  };
}

/**
 * The database Kysely's SQLite dialect is given. better-sqlite3 compiles a statement on every
 * `prepare`, and Kysely prepares each query it runs: on the licensing hot path that was a
 * tenth of the CPU. Statements are reusable, so each SQL text is prepared once. A schema
 * change (create, alter, drop: migrations) starts a new epoch for the column names above.
 * (Kysely's streaming would iterate a shared statement; the portal does not stream queries.)
 */
export function cachedArrayStatements(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteStatement>();
  let epoch = 0;
  const schemaEpoch = () => epoch;
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        // Schema changes are never cached, so only a miss can be one.
        if (SCHEMA_CHANGE.test(sql)) {
          epoch += 1;
          return sqlite.prepare(sql);
        }
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = arrayReadStatement(sqlite.prepare(sql), schemaEpoch);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
