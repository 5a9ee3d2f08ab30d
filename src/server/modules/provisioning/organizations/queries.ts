import type { Db } from '../../../db/database.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../../db/list-queries.js';
import { oldestFirst } from '../common-schemas.js';

export function insertOrganization(db: Db, values: NewRow<'organizations'>) {
  return db.insertInto('organizations').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findOrganization(db: Db, id: number) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listOrganizations(db: Db, page: { position?: KeysetPosition; limit: number }) {
  return keysetPage(
    db.selectFrom('organizations').selectAll(),
    oldestFirst('organizations'),
    page.position,
    page.limit,
  ).execute();
}

export function updateOrganization(db: Db, id: number, values: RowUpdate<'organizations'>) {
  return db
    .updateTable('organizations')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
