import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { joinedColumnsSql, SEARCHED_TEXT } from '../text-search-queries.js';

/**
 * Trigram indexes behind the Activations and Audit text search (docs/decisions/065-text-search-index.md):
 * a rare word is found through the index instead of a walk over every row. SQLite keeps a
 * contentless FTS5 table per searched table, filled by triggers; PostgreSQL a pg_trgm GIN
 * index over the searched columns joined by a separator no search contains.
 */
function sqliteStatements(table: keyof typeof SEARCHED_TEXT): string[] {
  const columns = SEARCHED_TEXT[table];
  const index = `${table}_search`;
  const values = (row: 'new' | 'old') => columns.map((column) => `${row}.${column}`).join(', ');
  const insert = `insert into ${index} (rowid, ${columns.join(', ')}) values (new.id, ${values('new')});`;
  const remove = `delete from ${index} where rowid = old.id;`;
  return [
    `create virtual table ${index} using fts5(${columns.join(', ')}, tokenize = 'trigram case_sensitive 0', content = '', contentless_delete = 1)`,
    `insert into ${index} (rowid, ${columns.join(', ')}) select id, ${columns.join(', ')} from ${table}`,
    `create trigger ${index}_insert after insert on ${table} begin ${insert} end`,
    `create trigger ${index}_update after update of ${columns.join(', ')} on ${table} begin ${remove} ${insert} end`,
    `create trigger ${index}_delete after delete on ${table} begin ${remove} end`,
  ];
}

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const table of Object.keys(SEARCHED_TEXT) as (keyof typeof SEARCHED_TEXT)[]) {
      await sql
        .raw(
          `create index ${table}_search on ${table} using gin (lower(${joinedColumnsSql(table)}) gin_trgm_ops)`,
        )
        .execute(db);
    }
    return;
  }
  for (const table of Object.keys(SEARCHED_TEXT) as (keyof typeof SEARCHED_TEXT)[]) {
    for (const statement of sqliteStatements(table)) await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  for (const table of Object.keys(SEARCHED_TEXT)) {
    if (postgres) {
      await sql.raw(`drop index ${table}_search`).execute(db);
      continue;
    }
    for (const trigger of ['insert', 'update', 'delete'])
      await sql.raw(`drop trigger ${table}_search_${trigger}`).execute(db);
    await sql.raw(`drop table ${table}_search`).execute(db);
  }
}
