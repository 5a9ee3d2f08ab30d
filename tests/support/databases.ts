import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/database.js';
import type { DialectName } from '../../src/server/db/dialect.js';
import { migrateToLatest } from '../../src/server/db/migrate.js';

const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUIRED = process.env.CI === 'true';

let pgAvailable: Promise<boolean> | undefined;

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (REQUIRED)
      throw new Error(
        `PostgreSQL is required in CI but unreachable at ${PG_ADMIN_URL}: ${String(error)}`,
      );
    console.warn(
      `\n!!! PostgreSQL unreachable at ${PG_ADMIN_URL}: PostgreSQL test suites are SKIPPED on this machine !!!\n`,
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The dialects the integration suites run on: both, or SQLite alone (loudly) where PostgreSQL is missing outside CI. */
export async function availableDialects(): Promise<DialectName[]> {
  pgAvailable ??= probePostgres();
  return (await pgAvailable) ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  handle: DatabaseHandle;
  url: string;
  drop: () => Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A path for a SQLite file in a directory of its own, removed when the test process exits. */
export function temporarySqliteFile(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'portal-test-sqlite-'));
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  return path.join(directory, 'portal.sqlite');
}

/**
 * A fresh, migrated database of its own: SQLite (in memory unless a file is named), or a
 * throw-away PostgreSQL database.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { sqliteFile?: string } = {},
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const url = `sqlite:${options.sqliteFile ?? ':memory:'}`;
    const handle = openDatabase(url);
    await migrateToLatest(handle.db);
    return { handle, url, drop: () => handle.db.destroy() };
  }
  const database = await createPostgresDatabase();
  const handle = openDatabase(database.url, { poolSize: 20 });
  await migrateToLatest(handle.db);
  return {
    handle,
    url: database.url,
    drop: async () => {
      await handle.db.destroy();
      await database.drop();
    },
  };
}

/** An empty throw-away PostgreSQL database (e.g. for a server that migrates it itself). */
export async function createPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
