import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

type Table = CreateTableBuilder<string, never>;

/** Account tokens, recovery codes, known sign-in devices, notifications and their delivery claims. */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const withId = (t: Table) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const user = (c: ColumnDefinitionBuilder) =>
    c.references('users.id').onDelete('cascade').notNull();
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

  // Single-use links and pending sign-ins: password reset, email change, second factor.
  await withId(db.schema.createTable('account_tokens'))
    .addColumn('user_id', 'integer', user)
    .addColumn('purpose', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('new_email', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('account_tokens_user_purpose')
    .on('account_tokens')
    .columns(['user_id', 'purpose'])
    .execute();

  await withId(db.schema.createTable('recovery_codes'))
    .addColumn('user_id', 'integer', user)
    .addColumn('code_hash', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('used_at', 'text')
    .addUniqueConstraint('recovery_codes_user_code', ['user_id', 'code_hash'])
    .execute();

  await withId(db.schema.createTable('sign_in_devices'))
    .addColumn('user_id', 'integer', user)
    .addColumn('device_hash', 'text', notNull)
    .addColumn('first_seen_at', 'text', notNull)
    .addUniqueConstraint('sign_in_devices_user_device', ['user_id', 'device_hash'])
    .execute();

  await withId(db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', user)
    .addColumn('organization_id', 'integer', (c) =>
      c.references('organizations.id').onDelete('cascade'),
    )
    .addColumn('topic', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_created')
    .on('notifications')
    .columns(['user_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_user_read')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();

  // The unique claim that makes the scheduled job send each notice at most once, even from several processes.
  await withId(db.schema.createTable('notification_deliveries'))
    .addColumn('topic', 'text', notNull)
    .addColumn('subject_id', 'integer', notNull)
    .addColumn('user_id', 'integer', user)
    .addColumn('created_at', 'text', notNull)
    .addUniqueConstraint('notification_deliveries_once', ['topic', 'subject_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notification_deliveries',
    'notifications',
    'sign_in_devices',
    'recovery_codes',
    'account_tokens',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
