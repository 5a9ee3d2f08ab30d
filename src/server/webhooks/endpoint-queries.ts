import type { Db } from '../db/database.js';
import type { NewRow, RowUpdate } from '../db/schema.js';

// The vendor's webhook endpoints. They are the vendor's, not an organization's: no organization id.

export function listEndpoints(db: Db) {
  return db.selectFrom('webhook_endpoints').selectAll().orderBy('id').execute();
}

export function findEndpoint(db: Db, id: number) {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The enabled endpoints that subscribed to `type` (events is a JSON array of quoted names). */
export function endpointsSubscribedTo(db: Db, type: string) {
  return db
    .selectFrom('webhook_endpoints')
    .select('id')
    .where('enabled', '=', 1)
    .where('events', 'like', `%"${type}"%`)
    .execute();
}

export async function insertEndpoint(db: Db, values: NewRow<'webhook_endpoints'>) {
  return (
    await db
      .insertInto('webhook_endpoints')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateEndpoint(
  db: Db,
  id: number,
  values: RowUpdate<'webhook_endpoints'>,
): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set(values)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the endpoint; its deliveries and their attempts go with it (cascade). */
export async function deleteEndpoint(db: Db, id: number): Promise<void> {
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}
