import type { Db } from '../../../db/database.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../../db/list-queries.js';
import { isLive } from '../../../licensing/public-api.js';
import { oldestFirst } from '../common-schemas.js';

export function insertProduct(db: Db, values: NewRow<'products'>) {
  return db.insertInto('products').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findProduct(db: Db, id: number) {
  return db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findProductsByCode(db: Db, codes: string[]) {
  return db.selectFrom('products').selectAll().where('code', 'in', codes).execute();
}

export function listProducts(db: Db, page: { position?: KeysetPosition; limit: number }) {
  return keysetPage(
    db.selectFrom('products').selectAll(),
    oldestFirst('products'),
    page.position,
    page.limit,
  ).execute();
}

export function updateProduct(db: Db, id: number, values: RowUpdate<'products'>) {
  return db
    .updateTable('products')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Rewrites the name kept on its licenses and activations for their Product sorts. */
export async function renameProductOnLicensesAndActivations(
  db: Db,
  productId: number,
  name: string,
) {
  for (const table of ['licenses', 'activations'] as const)
    await db
      .updateTable(table)
      .set({ product_name: name })
      .where('product_id', '=', productId)
      .execute();
}

export async function productHasActivations(db: Db, productId: number): Promise<boolean> {
  return (
    (await db
      .selectFrom('activations')
      .select('id')
      .where('product_id', '=', productId)
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

/** Gives every live activation of the product a fresh deadline under its new heartbeat interval. */
export async function resetHeartbeatDeadlines(
  db: Db,
  productId: number,
  now: string,
  deadline: string | null,
) {
  await db
    .updateTable('activations')
    .set({ heartbeat_deadline: deadline })
    .where('product_id', '=', productId)
    .where(isLive(now))
    .execute();
}
