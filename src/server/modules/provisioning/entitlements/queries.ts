import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { dialectOf } from '../../../db/dialect.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../../db/list-queries.js';
import { oldestFirst } from '../common-schemas.js';

export function insertEntitlement(db: Db, values: NewRow<'entitlements'>) {
  return db.insertInto('entitlements').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findEntitlement(db: Db, id: number) {
  return db.selectFrom('entitlements').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listEntitlements(
  db: Db,
  filter: { organizationId?: number },
  page: { position?: KeysetPosition; limit: number },
) {
  const query = db
    .selectFrom('entitlements')
    .selectAll()
    .$if(filter.organizationId !== undefined, (qb) =>
      qb.where('organization_id', '=', filter.organizationId!),
    );
  return keysetPage(query, oldestFirst('entitlements'), page.position, page.limit).execute();
}

export function updateEntitlement(db: Db, id: number, values: RowUpdate<'entitlements'>) {
  return db
    .updateTable('entitlements')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Any number, the same in every process: names the advisory lock of entitlement id allocation. */
const PUBLIC_ID_LOCK = 7_301_001;

/**
 * Serialises the allocation of generated ids for the rest of the transaction, so two orders
 * created at once do not both take the next one. SQLite already serialises writers.
 */
export async function lockPublicIdAllocation(trx: Db): Promise<void> {
  if (dialectOf(trx) === 'postgres')
    await sql`select pg_advisory_xact_lock(${PUBLIC_ID_LOCK})`.execute(trx);
}

/** The highest generated id ("ENT-" and six digits sort as numbers do). */
export async function highestGeneratedPublicId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('entitlements')
    .select((eb) => eb.fn.max('public_id').as('publicId'))
    .where('public_id', 'like', 'ENT-______')
    .executeTakeFirst();
  return row?.publicId ?? undefined;
}

export function organizationExists(db: Db, id: number) {
  return db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst();
}
