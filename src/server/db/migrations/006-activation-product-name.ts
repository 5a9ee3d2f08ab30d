import { sql, type Kysely } from 'kysely';

/**
 * The product's name on each activation, so the Activations table can sort by Product Name
 * over one index range like its other sorts (docs/decisions/050). The seat engine writes it
 * on activation; a product rename rewrites it in the same transaction.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('activations')
    .addColumn('product_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update activations set product_name = (select name from products where products.id = activations.product_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('activations_org_product_name')
    .on('activations')
    .columns(['organization_id', 'product_name', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activations_org_product_name').execute();
  await db.schema.alterTable('activations').dropColumn('product_name').execute();
}
