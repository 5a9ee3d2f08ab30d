import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Seats in use over time from a daily rollup (docs/decisions/143-usage-daily-rollup.md).
 * usage_days: per organization, closed UTC day and product, what never changes once the day
 * has closed: activations made, deactivations written when they happened, and activations
 * that reached their heartbeat deadline while open. usage_rollups: the last day rolled up
 * per organization; later days are computed from the activations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  let days = db.schema
    .createTable('usage_days')
    .addColumn('organization_id', 'integer', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('day', 'text', notNull)
    .addColumn('product_id', 'integer', notNull);
  for (const column of [
    'activated',
    'activated_seats',
    'freed',
    'freed_seats',
    'died',
    'died_seats',
  ])
    days = days.addColumn(column, 'integer', notNull);
  await days
    .addPrimaryKeyConstraint('usage_days_pk', ['organization_id', 'day', 'product_id'])
    .execute();
  await db.schema
    .createTable('usage_rollups')
    .addColumn('organization_id', 'integer', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('rolled_through', 'text', notNull)
    .addColumn('rolled_at', 'text', notNull)
    .execute();
  // Activations that reached their heartbeat deadline open and were closed at or after it
  // (expired by a new activation at the deadline, or deactivated later), by the deadline's day.
  await sql`create index activations_usage_deadline_ended on activations
    (organization_id, (substr(heartbeat_deadline, 1, 10)), product_id, quantity, deactivated_at, heartbeat_deadline)
    where deactivated_at >= heartbeat_deadline`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activations_usage_deadline_ended').execute();
  await db.schema.dropTable('usage_rollups').execute();
  await db.schema.dropTable('usage_days').execute();
}
