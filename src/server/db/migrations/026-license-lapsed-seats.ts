import { sql, type Kysely } from 'kysely';

/**
 * A license's open activations whose heartbeat can lapse, by deadline (decision 163): its
 * live seats are the trigger-kept `licenses.open_seats` less the seats of those past their
 * deadline, a read of the lapsed ones alone, however many activations the license holds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index activations_license_lapsing on activations
    (license_id, heartbeat_deadline, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activations_license_lapsing').execute();
}
