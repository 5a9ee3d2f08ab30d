import type { Kysely } from 'kysely';

/**
 * Every queued mail, request mails included, is stored sealed (`sealed_message`: text, HTML
 * and headers as JSON under a SecretBox) and dropped once sent or given up; a mail
 * whose link stops working at `expires_at`, or earlier with what `link_key` names (a resent or
 * revoked invitation, a changed password), is not sent after it (decision 140). Bodies of mails
 * already sent or failed go now; pending ones queued before this keep their clear columns until sent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mail_deliveries').addColumn('sealed_message', 'text').execute();
  await db.schema.alterTable('mail_deliveries').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('mail_deliveries').addColumn('link_key', 'text').execute();
  await db.schema
    .createIndex('mail_deliveries_link')
    .on('mail_deliveries')
    .columns(['link_key', 'status'])
    .execute();
  await db
    .updateTable('mail_deliveries')
    .set({ text_body: '', html_body: '', headers: null })
    .where('status', '<>', 'pending')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('mail_deliveries_link').execute();
  await db.schema.alterTable('mail_deliveries').dropColumn('link_key').execute();
  await db.schema.alterTable('mail_deliveries').dropColumn('expires_at').execute();
  await db.schema.alterTable('mail_deliveries').dropColumn('sealed_message').execute();
}
