import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/database.js';
import { arrayReadStatement } from '../../../src/server/db/sqlite-statement.js';

// The statement wrapper is SQLite's own (PostgreSQL rows come from pg); the rest of the suites cover it on every query.
describe('SQLite statements read as arrays and keyed in JavaScript', () => {
  let handle: DatabaseHandle | undefined;
  let directory: string | undefined;
  afterEach(async () => {
    await handle?.db.destroy();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('answers what better-sqlite3 answers: objects, nulls, numbers, repeated names, writes', () => {
    const sqlite = new SqliteDatabase(':memory:');
    sqlite.exec(`create table t (id integer primary key, name text, score real, note text); insert into t (name, score, note) values ('a', 1.5, null), ('b', 2, 'x')`);
    const query = 'select t.id, t.name, t.score, t.note, u.name from t join t as u on u.id = t.id order by t.id';
    const wrapped = arrayReadStatement(sqlite.prepare(query), () => 0);
    expect(wrapped.reader).toBe(true);
    expect(wrapped.all([])).toEqual(sqlite.prepare(query).all());
    expect([...wrapped.iterate([])]).toEqual(sqlite.prepare(query).all());
    const write = arrayReadStatement(sqlite.prepare('insert into t (name) values (?)'), () => 0);
    expect(write.reader).toBe(false);
    expect(write.run(['c'])).toMatchObject({ changes: 1, lastInsertRowid: 3 });
    sqlite.close();
  });

  it('keys a cached select * by the columns a later migration added', async () => {
    handle = openDatabase('sqlite::memory:');
    const { db } = handle;
    await sql`create table notes (id integer primary key, body text)`.execute(db);
    await sql`insert into notes (body) values ('first')`.execute(db);
    const everything = () => sql<Record<string, unknown>>`select * from notes`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first' }]);
    await sql`alter table notes add column author text default 'ann'`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: 'first', author: 'ann' }]);
    const streamed = [];
    for await (const row of db.withTables<{ notes: { id: number; body: string; author: string } }>().selectFrom('notes').selectAll().stream()) streamed.push(row);
    expect(streamed).toEqual([{ id: 1, body: 'first', author: 'ann' }]);
  });

  it('keys the new column when another connection altered the table', async () => {
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
