import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the heartbeat monitor's closings (decision 160). Open activations with a
 * heartbeat deadline, by organization and deadline, now carry product and license: the
 * Dashboard's lapsed counts and the usage reads' lapses per day and product read the index
 * alone (replaces migration 007's activations_org_open_deadline). And the usage reads' live
 * "closed after the deadline" holds only those closed strictly after it: the monitor closes
 * every dead activation at its deadline, which migration 024's index (at or after) would
 * have made every read scan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index activations_open_deadline_cover on activations
    (organization_id, heartbeat_deadline, product_id, license_id, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
  await db.schema.dropIndex('activations_org_open_deadline').execute();
  await sql`create index activations_usage_closed_late on activations
    (organization_id, (substr(heartbeat_deadline, 1, 10)), product_id, quantity)
    where deactivated_at > heartbeat_deadline`.execute(db);
  await db.schema.dropIndex('activations_usage_deadline_ended').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index activations_usage_deadline_ended on activations
    (organization_id, (substr(heartbeat_deadline, 1, 10)), product_id, quantity, deactivated_at, heartbeat_deadline)
    where deactivated_at >= heartbeat_deadline`.execute(db);
  await db.schema.dropIndex('activations_usage_closed_late').execute();
  await sql`create index activations_org_open_deadline on activations (organization_id, heartbeat_deadline, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
  await db.schema.dropIndex('activations_open_deadline_cover').execute();
}
