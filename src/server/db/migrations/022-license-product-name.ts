import { sql, type Kysely } from 'kysely';

/**
 * The product's name on each license, so License Keys can sort by Product over one index
 * range like its other sorts, as Activations do since migration 006 (decision 109). Written
 * when a license is created; a product rename rewrites it in the same transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('licenses')
    .addColumn('product_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update licenses set product_name = (select name from products where products.id = licenses.product_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('licenses_org_product_name')
    .on('licenses')
    .columns(['organization_id', 'product_name', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('licenses_org_product_name').execute();
  await db.schema.alterTable('licenses').dropColumn('product_name').execute();
}
