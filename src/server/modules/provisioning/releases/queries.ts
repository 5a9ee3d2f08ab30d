import type { Db } from '../../../db/database.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../../db/list-queries.js';
import { oldestFirst } from '../common-schemas.js';

export function insertRelease(db: Db, values: NewRow<'releases'>) {
  return db.insertInto('releases').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findRelease(db: Db, id: number) {
  return db
    .selectFrom('releases')
    .innerJoin('products', 'products.id', 'releases.product_id')
    .selectAll('releases')
    .select('products.code as product_code')
    .where('releases.id', '=', id)
    .executeTakeFirst();
}

export function listReleases(
  db: Db,
  filter: { productId?: number },
  page: { position?: KeysetPosition; limit: number },
) {
  const query = db
    .selectFrom('releases')
    .innerJoin('products', 'products.id', 'releases.product_id')
    .selectAll('releases')
    .select('products.code as product_code')
    .$if(filter.productId !== undefined, (qb) =>
      qb.where('releases.product_id', '=', filter.productId!),
    );
  return keysetPage(
    query,
    oldestFirst('releases', 'published_at'),
    page.position,
    page.limit,
  ).execute();
}

export async function updateRelease(db: Db, id: number, values: RowUpdate<'releases'>) {
  await db.updateTable('releases').set(values).where('id', '=', id).execute();
}

export function listArtifacts(db: Db, releaseId: number) {
  return db
    .selectFrom('artifacts')
    .selectAll()
    .where('release_id', '=', releaseId)
    .orderBy('id')
    .execute();
}

export function findArtifactByName(db: Db, releaseId: number, fileName: string) {
  return db
    .selectFrom('artifacts')
    .select('id')
    .where('release_id', '=', releaseId)
    .where('file_name', '=', fileName)
    .executeTakeFirst();
}

export function insertArtifact(db: Db, values: NewRow<'artifacts'>) {
  return db.insertInto('artifacts').values(values).returningAll().executeTakeFirstOrThrow();
}
