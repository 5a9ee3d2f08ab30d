import { sql, type Kysely } from 'kysely';

/**
 * One index per sort of the Activations table (organization, sort value, id), so every
 * keyset page is one index range (docs/decisions/050-activations-keyset-pagination.md).
 * Nullable text sorts on coalesce(…, '') so the keyset compares non-null values; the
 * expression in the index is the one the query orders by.
 */
const SORT_INDEXES: Record<string, string> = {
  activations_org_project_name: `organization_id, (coalesce(project_name, '')), id`,
  activations_org_project_manager: `organization_id, (coalesce(project_manager, '')), id`,
  activations_org_activated_by: `organization_id, activated_by_label, id`,
};
/** The audit trail of one record (the activation detail panel reads it by target). */
const AUDIT_TARGET_INDEX = 'audit_org_target';

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(SORT_INDEXES)) {
    await sql`create index ${sql.raw(name)} on activations (${sql.raw(columns)})`.execute(db);
  }
  await db.schema
    .createIndex(AUDIT_TARGET_INDEX)
    .on('audit_events')
    .columns(['organization_id', 'target_type', 'target_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [...Object.keys(SORT_INDEXES), AUDIT_TARGET_INDEX])
    await db.schema.dropIndex(name).execute();
}
