import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Feature entitlements (docs/decisions/087-feature-entitlements.md): a product declares its
 * features; a license grants some of them, each with an optional limit and end date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const withId = (t: CreateTableBuilder<string, never>) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const ref = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.notNull().references(`${table}.id`).onDelete('cascade');

  await withId(db.schema.createTable('product_features'))
    .addColumn('product_id', 'integer', ref('products'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('product_features_product_code', ['product_id', 'code'])
    .execute();

  await withId(db.schema.createTable('license_features'))
    .addColumn('organization_id', 'integer', ref('organizations'))
    .addColumn('license_id', 'integer', ref('licenses'))
    .addColumn('feature_id', 'integer', ref('product_features'))
    .addColumn('limit_value', 'integer')
    .addColumn('expires_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('license_features_license_feature', ['license_id', 'feature_id'])
    .execute();
  // The "licenses with feature X" filter and the Dashboard's ending features read by organization.
  await db.schema
    .createIndex('license_features_org_feature')
    .on('license_features')
    .columns(['organization_id', 'feature_id'])
    .execute();
  await db.schema
    .createIndex('license_features_org_expiry')
    .on('license_features')
    .columns(['organization_id', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('license_features').execute();
  await db.schema.dropTable('product_features').execute();
}
