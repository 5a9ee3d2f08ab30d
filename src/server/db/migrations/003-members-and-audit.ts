import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The audit chain is walked, and its tail found, in id order per organization.
  await db.schema
    .createIndex('audit_org_id')
    .on('audit_events')
    .columns(['organization_id', 'id'])
    .execute();
  // One open invitation per address and organization, also under concurrent invites.
  await db.schema
    .createIndex('invitations_open_email')
    .on('invitations')
    .columns(['organization_id', 'email'])
    .unique()
    .where(sql.ref('accepted_at'), 'is', null)
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('invitations_open_email').ifExists().execute();
  await db.schema.dropIndex('audit_org_id').ifExists().execute();
}
