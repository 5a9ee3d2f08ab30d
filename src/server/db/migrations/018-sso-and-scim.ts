import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Enterprise sign-in of customer organizations (docs/sso.md, decisions 124–127): one OpenID
 * Connect connection per organization with its email domains, the pending sign-ins of the
 * Authorization Code flow, the IdP subjects linked to accounts, SCIM tokens and the SCIM
 * state of provisioned members. A session opened by an organization's IdP reaches only that
 * organization (sessions.sso_organization_id).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  const serial = (c: ColumnDefinitionBuilder) =>
    pg ? c.primaryKey() : c.primaryKey().autoIncrement();
  const organization = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('organizations.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');

  await db.schema
    .createTable('sso_connections')
    .addColumn('organization_id', 'integer', (c) =>
      c.primaryKey().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('issuer_url', 'text', notNull)
    .addColumn('client_id', 'text', notNull)
    .addColumn('client_secret_sealed', 'text', notNull)
    .addColumn('default_role', 'text', notNull)
    .addColumn('sso_required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by_user_id', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  // One organization per domain, so an email's domain names one IdP.
  await db.schema
    .createTable('sso_domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'integer', organization)
    .execute();
  await db.schema
    .createIndex('sso_domains_organization')
    .on('sso_domains')
    .column('organization_id')
    .execute();
  await db.schema
    .createTable('sso_sign_in_attempts')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'integer', organization)
    .addColumn('nonce', 'text', notNull)
    .addColumn('code_verifier_sealed', 'text', notNull)
    .addColumn('redirect_to', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .execute();
  await db.schema
    .createTable('sso_identities')
    .addColumn('organization_id', 'integer', organization)
    .addColumn('subject', 'text', notNull)
    .addColumn('user_id', 'integer', user)
    .addColumn('created_at', 'text', notNull)
    .addPrimaryKeyConstraint('sso_identities_pkey', ['organization_id', 'subject'])
    .execute();
  await db.schema
    .createTable('scim_tokens')
    .addColumn('id', pg ? 'serial' : 'integer', serial)
    .addColumn('organization_id', 'integer', organization)
    .addColumn('name', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_hint', 'text', notNull)
    .addColumn('created_by_user_id', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', notNull)
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('scim_tokens_organization')
    .on('scim_tokens')
    .column('organization_id')
    .execute();
  // A deactivated member keeps this row (and its role) while the membership itself is gone.
  await db.schema
    .createTable('scim_members')
    .addColumn('organization_id', 'integer', organization)
    .addColumn('user_id', 'integer', user)
    .addColumn('external_id', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('role', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .addPrimaryKeyConstraint('scim_members_pkey', ['organization_id', 'user_id'])
    .execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('sso_organization_id', 'integer', (c) =>
      c.references('organizations.id').onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('sso_organization_id').execute();
  for (const table of [
    'scim_members',
    'scim_tokens',
    'sso_identities',
    'sso_sign_in_attempts',
    'sso_domains',
    'sso_connections',
  ])
    await db.schema.dropTable(table).execute();
}
