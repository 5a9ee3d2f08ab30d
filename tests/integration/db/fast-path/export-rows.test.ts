import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../../../src/server/db/fast-path/export-rows.js';
import {
  availableDialects,
  createTestDatabase,
  type TestDatabase,
  temporarySqliteFile,
} from '../../../support/databases.js';

describe.each(await availableDialects())('export rows on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    // A file, so SQLite reads run on the read-only connection (decision 161).
    database = await createTestDatabase(dialect, { sqliteFile: temporarySqliteFile() });
    const { db } = database.handle;
    for (const [index, name] of ['Acme', 'Beta', 'Gamma'].entries())
      await db
        .insertInto('organizations')
        .values({
          name,
          slug: name.toLowerCase(),
          created_at: `2026-01-0${index + 1}T00:00:00.000Z`,
        })
        .execute();
  });
  afterAll(() => database.drop());

  const organizations = (db: TestDatabase['handle']['db'], after: number) =>
    db
      .selectFrom('organizations')
      .select(['id', 'name', 'slug', 'created_at'])
      .where('id', '>', after)
      .orderBy('id');

  it('reads the rows the builder would answer, with the same fields in the same order', async () => {
    const { db } = database.handle;
    const built = await organizations(db, 0).execute();
    const exported = await exportRows(db, organizations(db, 0));
    expect(exported).toEqual(built);
    expect(exported.map((row) => Object.keys(row))).toEqual(built.map((row) => Object.keys(row)));
    expect(await exportRows(db, organizations(db, built[1].id))).toEqual(built.slice(2));
  });

  it('leaves the shared statement answering objects to every other read', async () => {
    const { db } = database.handle;
    await exportRows(db, organizations(db, 0));
    const [first] = await organizations(db, 0).execute();
    expect(Array.isArray(first)).toBe(false);
    expect(first.name).toBe('Acme');
  });
});
