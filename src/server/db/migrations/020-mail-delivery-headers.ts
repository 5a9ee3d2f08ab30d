import type { Kysely } from 'kysely';

/**
 * A queued notification mail keeps its extra headers (List-Unsubscribe, List-Unsubscribe-Post)
 * as JSON, so a retry sends the same message (docs/decisions/121).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_deliveries').addColumn('headers', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_deliveries').dropColumn('headers').execute();
}
