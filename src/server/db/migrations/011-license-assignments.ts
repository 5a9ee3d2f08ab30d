import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Licenses assigned to people (docs/decisions/090-license-assignments.md): one row per
 * license and assignee, with the seats assigned; the assignee is a member (user_id) or an
 * invitation not accepted yet (invitation_id), never both. Licenses gain the Admin's switch
 * that lets others use assigned seats. Products, and one global row, gain the vendor's
 * support contact and renewal request address (decision 092).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const ref = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.references(`${table}.id`).onDelete('cascade');
  const table = db.schema.createTable('license_assignments');
  await (
    pg
      ? table.addColumn('id', 'serial', (c) => c.primaryKey())
      : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('organization_id', 'integer', (c) => ref('organizations')(c).notNull())
    .addColumn('license_id', 'integer', (c) => ref('licenses')(c).notNull())
    .addColumn('user_id', 'integer', ref('users'))
    .addColumn('invitation_id', 'integer', ref('invitations'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('assigned_by_label', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'license_assignments_one_assignee',
      sql`(user_id is null) <> (invitation_id is null)`,
    )
    .addCheckConstraint('license_assignments_quantity', sql`quantity >= 1`)
    .execute();
  await db.schema
    .createIndex('license_assignments_license_user')
    .on('license_assignments')
    .columns(['license_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('license_assignments_license_invitation')
    .on('license_assignments')
    .columns(['license_id', 'invitation_id'])
    .unique()
    .execute();
  // "Assigned to me" and member removal read an organization's assignments of one person.
  await db.schema
    .createIndex('license_assignments_org_user')
    .on('license_assignments')
    .columns(['organization_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('license_assignments_invitation')
    .on('license_assignments')
    .columns(['invitation_id'])
    .execute();

  await db.schema
    .alterTable('licenses')
    .addColumn('assigned_seats_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The unused column the first schema had: a license held by one user, all its seats.
  await sql`insert into license_assignments (organization_id, license_id, user_id, email, quantity, assigned_by_label, assigned_at)
    select licenses.organization_id, licenses.id, users.id, users.email, licenses.seats, 'Migration', licenses.created_at
    from licenses join users on users.id = licenses.assigned_user_id`.execute(db);

  for (const column of ['support_email', 'support_url', 'renewal_email']) {
    await db.schema.alterTable('products').addColumn(column, 'text').execute();
  }
  await db.schema
    .createTable('vendor_contact')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('support_email', 'text')
    .addColumn('support_url', 'text')
    .addColumn('renewal_email', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('vendor_contact_one_row', sql`id = 1`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('vendor_contact').execute();
  for (const column of ['renewal_email', 'support_url', 'support_email']) {
    await db.schema.alterTable('products').dropColumn(column).execute();
  }
  await db.schema.alterTable('licenses').dropColumn('assigned_seats_shared').execute();
  await db.schema.dropTable('license_assignments').execute();
}
