import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { namedStatements } from './prepared-query.js';

/**
 * A pooled connection whose queries go through pg's callback form. With pg's promise form,
 * which Kysely's driver calls, the rows of a result outlived young collections, and a
 * million-row export grew the heap past its budget. Guarded by the export benchmark's
 * PostgreSQL RSS growth (bench/README.md; decisions 070 and 086).
 */
class CallbackClient implements PostgresPoolClient {
  constructor(private readonly client: pg.PoolClient) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query(
    sqlOrCursor: string | PostgresCursor<unknown>,
    parameters: ReadonlyArray<unknown> = [],
  ): unknown {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor as never);
    // Kysely passes a copy of the query's values, so pg may keep this array.
    const config = {
      name: namedStatements.get(sqlOrCursor),
      text: sqlOrCursor,
      values: parameters as unknown[],
    };
    return new Promise((resolve, reject) =>
      this.client.query(config, (error, result) => (error ? reject(error) : resolve(result))),
    );
  }

  release(): void {
    this.client.release();
  }
}

/** Kysely's pool over pg's, handing out connections that query through the callback form. */
export function callbackPool(pool: pg.Pool): PostgresPool {
  return { connect: async () => new CallbackClient(await pool.connect()), end: () => pool.end() };
}
