import type { Db } from '../../../db/database.js';
import type { NewRow, RowUpdate } from '../../../db/schema.js';

export function insertFeature(db: Db, values: NewRow<'product_features'>) {
  return db.insertInto('product_features').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findFeature(db: Db, id: number) {
  return db.selectFrom('product_features').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findFeatureByCode(db: Db, productId: number, code: string) {
  return db
    .selectFrom('product_features')
    .selectAll()
    .where('product_id', '=', productId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export function featuresOfProduct(db: Db, productId: number) {
  return db
    .selectFrom('product_features')
    .selectAll()
    .where('product_id', '=', productId)
    .orderBy('code')
    .execute();
}

export function updateFeature(db: Db, id: number, values: RowUpdate<'product_features'>) {
  return db
    .updateTable('product_features')
    .set(values)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteFeature(db: Db, id: number): Promise<void> {
  await db.deleteFrom('product_features').where('id', '=', id).execute();
}

export async function featureIsGranted(db: Db, featureId: number): Promise<boolean> {
  return (
    (await db
      .selectFrom('license_features')
      .select('id')
      .where('feature_id', '=', featureId)
      .limit(1)
      .executeTakeFirst()) !== undefined
  );
}

export function findGrant(db: Db, organizationId: number, licenseId: number, featureId: number) {
  return db
    .selectFrom('license_features')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('license_id', '=', licenseId)
    .where('feature_id', '=', featureId)
    .executeTakeFirst();
}

export async function insertGrant(db: Db, values: NewRow<'license_features'>): Promise<void> {
  await db.insertInto('license_features').values(values).execute();
}

export async function updateGrant(
  db: Db,
  organizationId: number,
  grantId: number,
  values: RowUpdate<'license_features'>,
): Promise<void> {
  await db
    .updateTable('license_features')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', grantId)
    .execute();
}

export async function deleteGrant(db: Db, organizationId: number, grantId: number): Promise<void> {
  await db
    .deleteFrom('license_features')
    .where('organization_id', '=', organizationId)
    .where('id', '=', grantId)
    .execute();
}
