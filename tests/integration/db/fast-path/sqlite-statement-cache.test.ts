import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../../src/server/db/database.js';

// SQLite's own (pg has no statement cache here); the other suites run every query through it.
describe('SQLite statements prepared once per SQL text', () => {
  let handle: DatabaseHandle | undefined;
  let directory: string | undefined;
  afterEach(async () => {
    await handle?.db.destroy();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('answers a kept select * with the columns a later migration added', async () => {
    handle = openDatabase('sqlite::memory:');
    const { db } = handle;
    await sql`create table notes (id integer primary key, body text)`.execute(db);
    await sql`insert into notes (body) values ('first')`.execute(db);
    const everything = () => sql<Record<string, unknown>>`select * from notes`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first' }]);
    await sql`alter table notes add column author text default 'ann'`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first', author: 'ann' }]);
    const streamed = [];
    for await (const row of db
      .withTables<{ notes: { id: number; body: string; author: string } }>()
      .selectFrom('notes')
      .selectAll()
      .stream())
      streamed.push(row);
    expect(streamed).toEqual([{ id: 1, body: 'first', author: 'ann' }]);
  });

  it('answers with the new column when another connection altered the table', async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'portal-statement-'));
    const file = path.join(directory, 'shared.sqlite');
    handle = openDatabase(`sqlite:${file}`);
    const { db } = handle;
    await sql`create table notes (id integer primary key, body text)`.execute(db);
    await sql`insert into notes (body) values ('first')`.execute(db);
    const everything = () => sql<Record<string, unknown>>`select * from notes`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first' }]);
    const other = new SqliteDatabase(file);
    other.exec(`alter table notes add column author text default 'ann'`);
    other.close();
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first', author: 'ann' }]);
  });
});
