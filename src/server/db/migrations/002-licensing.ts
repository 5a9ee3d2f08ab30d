import type { Kysely } from 'kysely';

/**
 * Licensing API and seat engine: a product may let validation go without an identifier,
 * and an activation of a heartbeat product carries the instant it stops counting as live.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('products')
    .addColumn('identifier_required', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('activations').addColumn('heartbeat_deadline', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activations').dropColumn('heartbeat_deadline').execute();
  await db.schema.alterTable('products').dropColumn('identifier_required').execute();
}
