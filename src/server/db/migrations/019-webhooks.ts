import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

type Table = CreateTableBuilder<string, never>;

/**
 * Webhooks for the vendor (decision 128): the endpoints with their encrypted secrets, the
 * outbox of events written in the transaction of the change that caused them, one delivery
 * per event and endpoint, and every attempt of a delivery.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const withId = (t: Table) =>
    pg
      ? t.addColumn('id', 'serial', (c) => c.primaryKey())
      : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  const cascadeTo = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.notNull().references(`${table}.id`).onDelete('cascade');

  await withId(db.schema.createTable('webhook_endpoints'))
    .addColumn('url', 'text', notNull)
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // JSON array of event types.
    .addColumn('events', 'text', notNull)
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('secret_ciphertext', 'text', notNull)
    // After a rotation the old secret signs too, until previous_secret_until.
    .addColumn('previous_secret_ciphertext', 'text')
    .addColumn('previous_secret_until', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();

  await withId(db.schema.createTable('webhook_events'))
    // The webhook-id header: the same for every endpoint and every retry of the event.
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'integer', cascadeTo('organizations'))
    .addColumn('type', 'text', notNull)
    // The exact body sent, so that every attempt signs the same bytes.
    .addColumn('payload', 'text', notNull)
    // Events a job finds (license.expiring) are emitted once per key, whichever instance runs it.
    .addColumn('once_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', notNull)
    .execute();

  await withId(db.schema.createTable('webhook_deliveries'))
    .addColumn('event_id', 'integer', cascadeTo('webhook_events'))
    .addColumn('endpoint_id', 'integer', cascadeTo('webhook_endpoints'))
    .addColumn('status', 'text', notNull)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_attempt_at', 'text')
    .addColumn('next_attempt_at', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('redelivery_of', 'integer')
    .addColumn('created_at', 'text', notNull)
    .addColumn('delivered_at', 'text')
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint')
    .on('webhook_deliveries')
    .columns(['endpoint_id', 'created_at'])
    .execute();

  await withId(db.schema.createTable('webhook_attempts'))
    .addColumn('delivery_id', 'integer', cascadeTo('webhook_deliveries'))
    .addColumn('attempt', 'integer', notNull)
    .addColumn('attempted_at', 'text', notNull)
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', notNull)
    .addColumn('error', 'text')
    .addColumn('next_attempt_at', 'text')
    .execute();
  await db.schema
    .createIndex('webhook_attempts_delivery')
    .on('webhook_attempts')
    .columns(['delivery_id', 'attempt'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_attempts').execute();
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('webhook_events').execute();
  await db.schema.dropTable('webhook_endpoints').execute();
}
