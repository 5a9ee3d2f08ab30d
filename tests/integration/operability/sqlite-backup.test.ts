import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupCommand } from '../../../src/server/cli/backup.js';
import { loadConfig } from '../../../src/server/config.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../support/databases.js';

describe('npm run cli -- backup on SQLite', () => {
  let folder: string;
  let database: TestDatabase;
  let config: ReturnType<typeof loadConfig>;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'portal-backup-'));
    const file = path.join(folder, 'portal.sqlite');
    database = await createTestDatabase('sqlite', { sqliteFile: file });
    config = loadConfig({ DATA_DIR: folder, DATABASE_URL: `sqlite:${file}` });
  });
  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const insertOrganization = (i: number) =>
    database.handle.db
      .insertInto('organizations')
      .values({
        name: `Backup test ${i}`,
        slug: `backup-test-${i}`,
        created_at: new Date(0).toISOString(),
      })
      .execute();
  const organizations = (db = database.handle.db) =>
    db.selectFrom('organizations').select(['id', 'name', 'slug']).orderBy('id').execute();

  it('copies the database while it is written to, and the copy restores with the same data', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    let written = 0;
    let writing = true;
    const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
    // better-sqlite3 answers synchronously: the writer yields a turn so the backup can step.
    const writer = (async () => {
      while (writing) {
        await insertOrganization(written++);
        await nextTurn();
      }
    })();
    const during = path.join(folder, 'during.sqlite');
    while (written < 20) await nextTurn();
    expect(await backupCommand([during], config)).toBe(0);
    writing = false;
    await writer;

    // The copy taken mid-write is a consistent earlier state: every row it has is in the source.
    const copy = openDatabase(`sqlite:${during}`);
    const copied = await organizations(copy.db);
    await copy.db.destroy();
    const source = await organizations();
    expect(copied.length).toBeGreaterThanOrEqual(20);
    expect(source.slice(0, copied.length)).toEqual(copied);

    // Once writes stop, a backup restored in place of the database has exactly its data.
    const after = path.join(folder, 'after.sqlite');
    expect(await backupCommand([after], config)).toBe(0);
    const restored = openDatabase(`sqlite:${after}`);
    expect(await organizations(restored.db)).toEqual(source);
    await restored.db.destroy();
    expect(log.mock.calls.at(-1)?.[0]).toContain('Keep it with secrets.json');
    log.mockRestore();
  });

  it('points PostgreSQL to pg_dump and refuses a missing folder or no FILE', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const postgres = { ...config, databaseUrl: 'postgres://postgres@127.0.0.1:5432/x' };
    expect(await backupCommand([path.join(folder, 'pg.sqlite')], postgres)).toBe(1);
    expect(error.mock.calls.at(-1)?.[0]).toContain('pg_dump');
    expect(await backupCommand([path.join(folder, 'no-such-folder', 'x.sqlite')], config)).toBe(1);
    expect(error.mock.calls.at(-1)?.[0]).toContain('does not exist');
    expect(await backupCommand([], config)).toBe(2);
    expect(error.mock.calls.at(-1)?.[0]).toContain('Usage: npm run cli -- backup FILE');
    error.mockRestore();
  });
});
