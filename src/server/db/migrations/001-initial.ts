import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

type Table = CreateTableBuilder<string, never>;

export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const withId = (t: Table) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const ref = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.references(`${table}.id`).onDelete('cascade');
  const text = 'text';
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

  await withId(db.schema.createTable('organizations'))
    .addColumn('name', text, notNull)
    .addColumn('slug', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, notNull)
    .execute();

  await withId(db.schema.createTable('users'))
    .addColumn('email', text, (c) => c.notNull().unique())
    .addColumn('first_name', text, notNull)
    .addColumn('last_name', text, notNull)
    .addColumn('phone', text)
    .addColumn('password_hash', text)
    .addColumn('totp_secret', text)
    .addColumn('totp_enabled_at', text)
    .addColumn('totp_last_step', 'integer')
    .addColumn('preferences', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', text, notNull)
    .addColumn('updated_at', text, notNull)
    .execute();

  await withId(db.schema.createTable('memberships'))
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('user_id', 'integer', (c) => ref('users')(c).notNull())
    .addColumn('role', text, notNull)
    .addColumn('created_at', text, notNull)
    .addUniqueConstraint('memberships_org_user', ['organization_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').columns(['user_id']).execute();

  await withId(db.schema.createTable('invitations'))
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('email', text, notNull)
    .addColumn('phone', text)
    .addColumn('role', text, notNull)
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('invited_by_user_id', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', text, notNull)
    .addColumn('expires_at', text, notNull)
    .addColumn('accepted_at', text)
    .addColumn('revoked_at', text)
    .addColumn('send_count', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('invitations_org_created')
    .on('invitations')
    .columns(['organization_id', 'created_at'])
    .execute();

  await withId(db.schema.createTable('products'))
    .addColumn('code', text, (c) => c.notNull().unique())
    .addColumn('name', text, notNull)
    .addColumn('license_type', text, notNull)
    .addColumn('deployment_type', text, notNull)
    .addColumn('activation_kind', text, notNull)
    .addColumn('heartbeat_interval_seconds', 'integer')
    .addColumn('description', text, (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', text, notNull)
    .execute();

  await withId(db.schema.createTable('entitlements'))
    .addColumn('public_id', text, (c) => c.notNull().unique())
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('sales_order', text, notNull)
    .addColumn('po_number', text)
    .addColumn('order_date', text, notNull)
    .addColumn('expires_on', text)
    .addColumn('status', text, notNull)
    .addColumn('created_at', text, notNull)
    .execute();
  await db.schema
    .createIndex('entitlements_org_order_date')
    .on('entitlements')
    .columns(['organization_id', 'order_date'])
    .execute();
  await db.schema
    .createIndex('entitlements_org_expires')
    .on('entitlements')
    .columns(['organization_id', 'expires_on'])
    .execute();
  await db.schema
    .createIndex('entitlements_org_sales_order')
    .on('entitlements')
    .columns(['organization_id', 'sales_order'])
    .execute();
  await db.schema
    .createIndex('entitlements_org_po')
    .on('entitlements')
    .columns(['organization_id', 'po_number'])
    .execute();

  await withId(db.schema.createTable('licenses'))
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('entitlement_id', 'integer', (c) => ref('entitlements')(c).notNull())
    .addColumn('product_id', 'integer', (c) => c.references('products.id').notNull())
    .addColumn('key_ciphertext', text, notNull)
    .addColumn('key_hash', text, (c) => c.notNull().unique())
    .addColumn('key_last4', text, notNull)
    .addColumn('seats', 'integer', notNull)
    .addColumn('status', text, notNull)
    .addColumn('expires_at', text)
    .addColumn('assigned_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('max_deactivations', 'integer')
    .addColumn('deactivation_period_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('created_at', text, notNull)
    .execute();
  await db.schema
    .createIndex('licenses_org_created')
    .on('licenses')
    .columns(['organization_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('licenses_org_expires')
    .on('licenses')
    .columns(['organization_id', 'expires_at'])
    .execute();
  await db.schema
    .createIndex('licenses_org_product')
    .on('licenses')
    .columns(['organization_id', 'product_id'])
    .execute();
  await db.schema
    .createIndex('licenses_entitlement')
    .on('licenses')
    .columns(['entitlement_id'])
    .execute();

  await withId(db.schema.createTable('activations'))
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('license_id', 'integer', (c) => ref('licenses')(c).notNull())
    .addColumn('product_id', 'integer', (c) => c.references('products.id').notNull())
    .addColumn('entitlement_id', 'integer', (c) => ref('entitlements')(c).notNull())
    .addColumn('kind', text, notNull)
    .addColumn('identifier', text, notNull)
    .addColumn('name', text)
    .addColumn('hostname', text)
    .addColumn('platform', text)
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('project_name', text)
    .addColumn('project_manager', text)
    .addColumn('activated_by_user_id', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('activated_by_label', text, notNull)
    .addColumn('activated_at', text, notNull)
    .addColumn('last_heartbeat_at', text)
    .addColumn('deactivated_at', text)
    .addColumn('deactivated_by_user_id', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('deactivated_by_label', text)
    .execute();
  // One live binding per identifier and license: the basis of idempotent activation.
  await db.schema
    .createIndex('activations_live_identifier')
    .on('activations')
    .columns(['license_id', 'kind', 'identifier'])
    .unique()
    .where(sql.ref('deactivated_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('activations_license_live')
    .on('activations')
    .columns(['license_id', 'deactivated_at'])
    .execute();
  await db.schema
    .createIndex('activations_org_activated')
    .on('activations')
    .columns(['organization_id', 'activated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('activations_org_product_activated')
    .on('activations')
    .columns(['organization_id', 'product_id', 'activated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('activations_org_live')
    .on('activations')
    .columns(['organization_id', 'deactivated_at'])
    .execute();

  await withId(db.schema.createTable('releases'))
    .addColumn('product_id', 'integer', (c) => ref('products')(c).notNull())
    .addColumn('version', text, notNull)
    .addColumn('channel', text, notNull)
    .addColumn('notes_md', text, (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', text, notNull)
    .addUniqueConstraint('releases_product_version', ['product_id', 'version'])
    .execute();
  await db.schema
    .createIndex('releases_product_published')
    .on('releases')
    .columns(['product_id', 'published_at'])
    .execute();

  await withId(db.schema.createTable('artifacts'))
    .addColumn('release_id', 'integer', (c) => ref('releases')(c).notNull())
    .addColumn('file_name', text, notNull)
    .addColumn('platform', text, notNull)
    .addColumn('arch', text, notNull)
    .addColumn('size', 'bigint', notNull)
    .addColumn('sha256', text, notNull)
    .addColumn('storage_key', text, notNull)
    .addColumn('created_at', text, notNull)
    .execute();
  await db.schema
    .createIndex('artifacts_release')
    .on('artifacts')
    .columns(['release_id'])
    .execute();

  await withId(db.schema.createTable('audit_events'))
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('occurred_at', text, notNull)
    .addColumn('type', text, notNull)
    .addColumn('action', text, notNull)
    .addColumn('message', text, notNull)
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_label', text, notNull)
    .addColumn('ip', text)
    .addColumn('target_type', text)
    .addColumn('target_id', text)
    .addColumn('metadata', text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('prev_hash', text, notNull)
    .addColumn('hash', text, notNull)
    .execute();
  await db.schema
    .createIndex('audit_org_time')
    .on('audit_events')
    .columns(['organization_id', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_org_type_time')
    .on('audit_events')
    .columns(['organization_id', 'type', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_org_actor_time')
    .on('audit_events')
    .columns(['organization_id', 'actor_user_id', 'occurred_at', 'id'])
    .execute();

  await withId(db.schema.createTable('sessions'))
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => ref('users')(c).notNull())
    .addColumn('active_organization_id', 'integer', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('created_at', text, notNull)
    .addColumn('last_seen_at', text, notNull)
    .addColumn('expires_at', text, notNull)
    .addColumn('ip', text)
    .addColumn('user_agent', text)
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();

  await withId(db.schema.createTable('api_tokens'))
    .addColumn('name', text, notNull)
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('created_at', text, notNull)
    .addColumn('last_used_at', text)
    .addColumn('revoked_at', text)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'api_tokens',
    'sessions',
    'audit_events',
    'artifacts',
    'releases',
    'activations',
    'licenses',
    'entitlements',
    'products',
    'invitations',
    'memberships',
    'users',
    'organizations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
