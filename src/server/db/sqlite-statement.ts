import type SqliteDatabase from 'better-sqlite3';
import type { SqliteStatement } from 'kysely';

/** Objects keyed by the result's column names (the last of a repeated name wins, as in better-sqlite3). */
function objectsOf(names: string[], rows: unknown[][]): Record<string, unknown>[] {
  const objects = new Array<Record<string, unknown>>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i]] = cells[i];
    objects[r] = row;
  }
  return objects;
}

/**
 * A prepared statement as Kysely runs it, reading rows as arrays and keying them in
 * JavaScript: better-sqlite3 builds each row object through V8's C++ API, which made reading
 * a million-row export about 15 % slower (bench/README.md). The names are asked for after
 * each run has begun, as SQLite re-prepares a statement whose tables a migration changed.
 */
export function arrayReadStatement(statement: SqliteDatabase.Statement): SqliteStatement {
  if (!statement.reader) return statement;
  const rows = statement.raw(true);
  const names = () => rows.columns().map((column) => column.name);
  return {
    reader: true,
    all: (parameters) => {
      const cells = rows.all(parameters) as unknown[][];
      return objectsOf(names(), cells);
    },
    run: (parameters) => rows.run(parameters),
    iterate: function* (parameters) {
      let keys: string[] | undefined;
      for (const cells of rows.iterate(parameters)) {
        keys ??= names();
        yield objectsOf(keys, [cells as unknown[]])[0];
      }
    },
  };
}
