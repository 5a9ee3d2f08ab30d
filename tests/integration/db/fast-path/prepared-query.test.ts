import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedQuery } from '../../../../src/server/db/fast-path/prepared-query.js';
import {
  availableDialects,
  createTestDatabase,
  type TestDatabase,
  temporarySqliteFile,
} from '../../../support/databases.js';

const membersByRole = preparedQuery(
  (db, organizationId: number, role: 'admin' | 'viewer') =>
    db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('organization_id', '=', organizationId)
      .where('role', '=', role)
      .orderBy('user_id'),
  2,
);

describe.each(await availableDialects())('prepared queries on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    // A file, so SQLite reads run on the read-only connection (decision 161).
    database = await createTestDatabase(dialect, { sqliteFile: temporarySqliteFile() });
    const { db } = database.handle;
    const org = await db
      .insertInto('organizations')
      .values({ name: 'Acme', slug: 'acme', created_at: '2026-01-01T00:00:00.000Z' })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [index, role] of (['admin', 'viewer', 'viewer'] as const).entries()) {
      const user = await db
        .insertInto('users')
        .values({
          email: `u${index}@acme.example`,
          first_name: 'U',
          last_name: String(index),
          password_hash: 'x',
          created_at: '2026-01-01T00:00:00.000Z',
          updated_at: '2026-01-01T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('memberships')
        .values({
          organization_id: org.id,
          user_id: user.id,
          role,
          created_at: '2026-01-01T00:00:00.000Z',
        })
        .execute();
    }
  });
  afterAll(() => database.drop());

  it('binds each call’s values to the query compiled once, as the builder would answer', async () => {
    const { db } = database.handle;
    const organizationId = (
      await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()
    ).id;
    for (const role of ['viewer', 'admin', 'viewer'] as const) {
      const built = await db
        .selectFrom('memberships')
        .select(['user_id', 'role'])
        .where('organization_id', '=', organizationId)
        .where('role', '=', role)
        .orderBy('user_id')
        .execute();
      expect(await membersByRole(db, organizationId, role)).toEqual(built);
    }
    expect(await membersByRole(db, organizationId + 1000, 'admin')).toEqual([]);
  });

  it('runs inside a transaction', async () => {
    const { db } = database.handle;
    const organizationId = (
      await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()
    ).id;
    const rows = await db
      .transaction()
      .execute((trx) => membersByRole(trx, organizationId, 'admin'));
    expect(rows).toHaveLength(1);
  });

  it('never reads another transaction’s uncommitted rows', async () => {
    const { db } = database.handle;
    const organizationId = (
      await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()
    ).id;
    const userId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'u1@acme.example')
        .executeTakeFirstOrThrow()
    ).id;
    let during: Promise<unknown[]> | undefined;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('memberships')
          .set({ role: 'admin' })
          .where('user_id', '=', userId)
          .execute();
        during = membersByRole(db, organizationId, 'admin');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await during).toHaveLength(1);
    expect(await membersByRole(db, organizationId, 'admin')).toHaveLength(1);
  });

  it.runIf(dialect === 'sqlite')(
    'answers on SQLite while a transaction holds Kysely’s one connection, from committed data',
    async () => {
      const { db } = database.handle;
      const organizationId = (
        await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()
      ).id;
      let read: unknown;
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.updateTable('memberships').set({ role: 'admin' }).execute();
          // Through Kysely's connection this read would wait for the commit, which waits for it.
          read = await Promise.race([
            membersByRole(db, organizationId, 'admin'),
            new Promise((resolve) => setTimeout(() => resolve('waited for the connection'), 2_000)),
          ]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(read).toHaveLength(1);
    },
  );

  it.runIf(dialect === 'postgres')(
    'is a named statement on PostgreSQL, planned once per connection (decision 149)',
    async () => {
      const { db } = database.handle;
      const organizationId = (
        await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow()
      ).id;
      const prepared = await db.connection().execute(async (connection) => {
        await membersByRole(connection, organizationId, 'admin');
        await membersByRole(connection, organizationId, 'viewer');
        return sql<{ statement: string }>`select statement from pg_prepared_statements`
          .execute(connection)
          .then((result) => result.rows.map((row) => row.statement));
      });
      expect(prepared.filter((statement) => statement.includes('"memberships"'))).toHaveLength(1);
    },
  );

  it('refuses a builder that uses a value other than as a parameter', async () => {
    const inspectsItsValue = preparedQuery(
      (db, limit: number) =>
        db
          .selectFrom('users')
          .select('id')
          .$if(typeof limit === 'number', (qb) => qb.limit(1)),
      1,
    );
    await expect(inspectsItsValue(database.handle.db, 5)).rejects.toThrow(
      /value 0 is not a parameter/,
    );
  });
});
