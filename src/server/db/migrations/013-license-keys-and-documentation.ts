import { sql, type Kysely } from 'kysely';

/**
 * The License Keys list (decision 077) and documentation downloads (decision 079).
 * - licenses_org_expiry_sort: the list sorted by expiry, "never" last (the query writes the
 *   same coalesce, so both databases read the index in order).
 * - licenses_org_product_added: the list of one product, newest first.
 * - artifacts.kind: installer (default, every existing file) or documentation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index licenses_org_expiry_sort
    on licenses (organization_id, coalesce(expires_at, '9999-12-31T23:59:59.999Z'), id)`.execute(
    db,
  );
  await db.schema
    .createIndex('licenses_org_product_added')
    .on('licenses')
    .columns(['organization_id', 'product_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .alterTable('artifacts')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('installer'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('artifacts').dropColumn('kind').execute();
  await db.schema.dropIndex('licenses_org_product_added').execute();
  await db.schema.dropIndex('licenses_org_expiry_sort').execute();
}
