import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import type { NewRow } from '../../db/schema.js';

/** SQL of single sign-on: the connection, its domains, pending sign-ins and linked subjects. */

export function findConnection(db: Db, organizationId: number) {
  return db
    .selectFrom('sso_connections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

export async function listDomains(db: Db, organizationId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('sso_domains')
    .select('domain')
    .where('organization_id', '=', organizationId)
    .orderBy('domain')
    .execute();
  return rows.map((row) => row.domain);
}

export async function upsertConnection(
  db: Db,
  organizationId: number,
  values: Omit<NewRow<'sso_connections'>, 'organization_id' | 'created_at'>,
  now: string,
) {
  const updated = await db
    .updateTable('sso_connections')
    .set(values)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto('sso_connections')
    .values({ ...values, organization_id: organizationId, created_at: now })
    .execute();
}

export async function deleteConnection(db: Db, organizationId: number) {
  await db.deleteFrom('sso_domains').where('organization_id', '=', organizationId).execute();
  await db.deleteFrom('sso_connections').where('organization_id', '=', organizationId).execute();
}

/** The organization, other than this one, that already signs in the domain. */
export async function domainOwner(
  db: Db,
  organizationId: number,
  domain: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('sso_domains')
    .select('organization_id')
    .where('domain', '=', domain)
    .where('organization_id', '<>', organizationId)
    .executeTakeFirst();
  return row?.organization_id;
}

export async function replaceDomains(db: Db, organizationId: number, domains: string[]) {
  await db.deleteFrom('sso_domains').where('organization_id', '=', organizationId).execute();
  if (domains.length > 0)
    await db
      .insertInto('sso_domains')
      .values(domains.map((domain) => ({ domain, organization_id: organizationId })))
      .execute();
}

/** Where an email's domain signs in: the organization with a connection for it. */
export async function organizationOfDomain(db: Db, domain: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('sso_domains')
    .innerJoin('sso_connections', 'sso_connections.organization_id', 'sso_domains.organization_id')
    .select('sso_domains.organization_id')
    .where('sso_domains.domain', '=', domain)
    .executeTakeFirst();
  return row?.organization_id;
}

/** The organization a sign-in link (/sso/<slug>) names, when it has a connection. */
export async function organizationOfSlug(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('organizations')
    .innerJoin('sso_connections', 'sso_connections.organization_id', 'organizations.id')
    .select('organizations.id')
    .where('organizations.slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}

export function findOrganization(db: Db, organizationId: number) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'slug'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
}

export async function insertSignInAttempt(
  db: Db,
  organizationId: number,
  values: Omit<NewRow<'sso_sign_in_attempts'>, 'organization_id'>,
) {
  await db
    .insertInto('sso_sign_in_attempts')
    .values({ ...values, organization_id: organizationId })
    .execute();
}

/** Takes a pending sign-in out, so its state works once; expired ones are gone too. */
export async function takeSignInAttempt(db: Db, stateHash: string, now: string) {
  const row = await db
    .deleteFrom('sso_sign_in_attempts')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .executeTakeFirst();
  await db.deleteFrom('sso_sign_in_attempts').where('expires_at', '<', now).execute();
  return row && row.expires_at > now ? row : undefined;
}

export async function userOfSubject(
  db: Db,
  organizationId: number,
  subject: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('sso_identities')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.user_id;
}

export async function linkSubject(
  db: Db,
  organizationId: number,
  subject: string,
  userId: number,
  now: string,
) {
  await db
    .insertInto('sso_identities')
    .values({ organization_id: organizationId, subject, user_id: userId, created_at: now })
    .execute();
}

/** The account with this email and its role in the organization (null: not a member). */
export async function findAccountByEmail(db: Db, organizationId: number, email: string) {
  return db
    .selectFrom('users')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'users.id')
        .on('memberships.organization_id', '=', organizationId),
    )
    .select(['users.id', 'users.email', 'memberships.role'])
    .where('users.email', '=', email)
    .executeTakeFirst();
}

export async function findMemberRole(
  db: Db,
  organizationId: number,
  userId: number,
): Promise<Role | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role;
}

/** Deactivated by the organization's SCIM client (active: false). */
export async function isDeprovisioned(
  db: Db,
  organizationId: number,
  userId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('scim_members')
    .select('active')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.active === 0;
}
