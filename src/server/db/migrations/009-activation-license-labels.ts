import { sql, type Kysely } from 'kysely';

/**
 * The entitlement's public id and the license key's last four characters on each activation
 * (docs/decisions/067): the Activations table and its export show them, and reading them
 * through two joins cost a million-row export a tenth of its time. Neither ever changes on
 * a license; the seat engine copies them when it activates.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('activations')
    .addColumn('entitlement_public_id', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('activations')
    .addColumn('key_last4', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update activations set
    entitlement_public_id = (select public_id from entitlements where entitlements.id = activations.entitlement_id),
    key_last4 = (select key_last4 from licenses where licenses.id = activations.license_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activations').dropColumn('key_last4').execute();
  await db.schema.alterTable('activations').dropColumn('entitlement_public_id').execute();
}
