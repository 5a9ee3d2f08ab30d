import { sql, type Kysely } from 'kysely';

/**
 * Open activations past or before their heartbeat deadline, by organization and deadline, now
 * carrying product and license: the Dashboard's lapsed counts (joined to their licenses) and
 * the usage reads' lapses per day and product read the index alone instead of each
 * activation's row (decision 160). Replaces migration 007's activations_org_open_deadline.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index activations_open_deadline_cover on activations
    (organization_id, heartbeat_deadline, product_id, license_id, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
  await db.schema.dropIndex('activations_org_open_deadline').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index activations_org_open_deadline on activations (organization_id, heartbeat_deadline, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
  await db.schema.dropIndex('activations_open_deadline_cover').execute();
}
