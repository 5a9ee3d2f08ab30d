import type SqliteDatabase from 'better-sqlite3';

/** Distinct SQL texts kept prepared; the portal has a few hundred. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * The database Kysely's SQLite dialect is given: each SQL text is prepared once. Kysely
 * prepares every query it runs and better-sqlite3 compiles on every `prepare`, which cost
 * validation more than running its lookup. Guarded by the licensing benchmark (validate
 * against the reference server; decision 086). SQLite re-prepares a kept statement itself
 * when the schema changes.
 */
export function statementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string): SqliteDatabase.Statement => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statements.set(sql, (statement = sqlite.prepare(sql)));
      }
      return statement;
    },
  };
}
