import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { callbackPool } from './fast-path/pg-callback-pool.js';
import { attachReadConnection } from './fast-path/read-connection.js';
import { statementCache } from './fast-path/sqlite-statement-cache.js';
import type { Database } from './schema.js';

// COUNT(*) and bigint columns come back as numbers, as they do from SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** SQLite takes the write lock when the transaction begins, so read-then-write cannot interleave. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.settings);
  }
}

export type Db = Kysely<Database>;

/** A PostgreSQL pool's connections right now (for the metrics). */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface DatabaseHandle {
  db: Db;
  dialect: DialectName;
  /** The pool's use; absent on SQLite, which has one connection. */
  poolStats?: () => PoolStats;
}

export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length) || ':memory:';
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const statements = statementCache(sqlite);
    // Reads that need no transaction get a connection of their own (fast-path/read-connection.ts).
    const reader =
      file === ':memory:'
        ? undefined
        : statementCache(new SqliteDatabase(file, { readonly: true }));
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({
        database: {
          prepare: statements.prepare,
          close: () => {
            reader?.close();
            statements.close();
          },
        },
      }),
    });
    if (reader) attachReadConnection(db, reader.prepare);
    return { db, dialect: 'sqlite' };
  }
  const max = options.poolSize ?? 10;
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server ends (restart, failover, a dropped database) emits 'error' on
  // the pool; unheard, it would crash the process. The pool opens a new one when next needed.
  pool.on('error', (error) =>
    console.warn(`PostgreSQL closed an idle connection: ${error.message}`),
  );
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: callbackPool(pool) }) }),
    dialect: 'postgres',
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max,
    }),
  };
}
