import { sql, type Kysely } from 'kysely';

/**
 * Seats in use over time (docs/decisions/115-usage-from-activation-history.md) count
 * activations and deactivations per UTC day. Each index is ordered the way its query groups
 * (organization, day, product) and holds what it sums, so both databases read one index
 * range and group without sorting; the timestamp at the end lets PostgreSQL answer from the
 * index alone.
 */
const INDEXES: Record<string, string> = {
  activations_usage_started: `activations (organization_id, (substr(activated_at, 1, 10)), product_id, quantity, activated_at)`,
  activations_usage_product_started: `activations (organization_id, product_id, (substr(activated_at, 1, 10)), quantity, activated_at)`,
  activations_usage_ended: `activations (organization_id, (substr(deactivated_at, 1, 10)), product_id, quantity, deactivated_at) where deactivated_at is not null`,
  // Purchased and held seats per product, without reading the licenses' rows.
  licenses_usage_product: `licenses (organization_id, product_id, status, expires_at, seats, open_seats)`,
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, definition] of Object.entries(INDEXES))
    await sql`create index ${sql.raw(name)} on ${sql.raw(definition)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).execute();
}
