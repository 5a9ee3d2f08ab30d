import { sql, type Kysely } from 'kysely';

/**
 * The actors of the audit log that are not members (the vendor, the installed software, the
 * heartbeat monitor): the User filter lists their labels by a skip scan over this index, and
 * filtering by one reads only its events, newest first (decision 076).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('audit_org_system_actor_time')
    .on('audit_events')
    .columns(['organization_id', 'actor_label', 'occurred_at', 'id'])
    .where(sql.ref('actor_user_id'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_org_system_actor_time').execute();
}
