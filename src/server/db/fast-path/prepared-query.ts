import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from '../database.js';
import { dialectOf, type DialectName } from '../dialect.js';
import { readConnectionOf } from './read-connection.js';

/**
 * The SQL texts of prepared queries on PostgreSQL and their statement names: pg-callback-pool.ts
 * sends them as named statements, which PostgreSQL parses and plans once per connection.
 * Planning validation's lookup cost PostgreSQL more than running it (decision 149).
 */
export const namedStatements = new Map<string, string>();

/** Stands in for the value of one argument while the query is built. */
class Parameter {
  constructor(readonly index: number) {}
}

/**
 * A query that Kysely builds and compiles once per dialect; each call only binds its values,
 * runs on the read-only connection of a SQLite file (read-connection.ts; committed data only)
 * and on PostgreSQL as a named statement.
 * Guarded by the licensing benchmark (validate against the reference server; decision 086):
 * building and compiling validation's lookup cost more than running it. For that lookup only.
 *
 * `build` receives stand-ins for its value arguments and may only pass them where a value
 * goes (compared, inserted, set), never inspect them; a stand-in that does not reach the
 * compiled parameters is refused when the query is first compiled.
 */
export function preparedQuery<Values extends unknown[], Row>(
  build: (db: Db, ...values: Values) => Compilable<Row>,
  valueCount: Values['length'],
) {
  const compiled = new Map<DialectName, CompiledQuery<Row>>();

  function compile(db: Db): CompiledQuery<Row> {
    const standIns = Array.from(
      { length: valueCount },
      (_, index) => new Parameter(index),
    ) as unknown as Values;
    const query = build(db, ...standIns).compile();
    for (let index = 0; index < valueCount; index++) {
      if (
        !query.parameters.some(
          (parameter) => parameter instanceof Parameter && parameter.index === index,
        )
      ) {
        throw new Error(`preparedQuery: value ${index} is not a parameter of ${query.sql}`);
      }
    }
    return query;
  }

  return async (db: Db, ...values: Values): Promise<Row[]> => {
    const dialect = dialectOf(db);
    let query = compiled.get(dialect);
    if (!query) {
      compiled.set(dialect, (query = compile(db)));
      if (dialect === 'postgres')
        namedStatements.set(query.sql, `prepared_${namedStatements.size + 1}`);
    }
    const parameters = query.parameters.map((parameter) =>
      parameter instanceof Parameter ? values[parameter.index] : parameter,
    );
    const read = readConnectionOf(db);
    if (read) return read(query.sql).all(...parameters) as Row[];
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
