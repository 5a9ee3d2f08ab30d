import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import type { NewRow } from '../../db/schema.js';

/** SQL of SCIM provisioning: the organization's tokens and the members its SCIM client sees. */

export function findUsableToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('scim_tokens')
    .select(['id', 'organization_id', 'name'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function touchToken(db: Db, organizationId: number, tokenId: number, now: string) {
  await db
    .updateTable('scim_tokens')
    .set({ last_used_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', tokenId)
    .execute();
}

export function listTokens(db: Db, organizationId: number) {
  return db
    .selectFrom('scim_tokens')
    .leftJoin('users', 'users.id', 'scim_tokens.created_by_user_id')
    .select([
      'scim_tokens.id',
      'scim_tokens.name',
      'scim_tokens.token_hint',
      'scim_tokens.created_at',
      'scim_tokens.last_used_at',
      'users.first_name',
      'users.last_name',
      'users.email',
    ])
    .where('scim_tokens.organization_id', '=', organizationId)
    .where('scim_tokens.revoked_at', 'is', null)
    .orderBy('scim_tokens.id', 'desc')
    .execute();
}

export function insertToken(
  db: Db,
  organizationId: number,
  values: Omit<NewRow<'scim_tokens'>, 'organization_id'>,
) {
  return db
    .insertInto('scim_tokens')
    .values({ ...values, organization_id: organizationId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Revokes a live token of the organization: its name, or undefined when there is none. */
export async function revokeToken(db: Db, organizationId: number, tokenId: number, now: string) {
  return db
    .updateTable('scim_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .returning('name')
    .executeTakeFirst();
}

const userColumns = [
  'users.id',
  'users.email',
  'users.first_name',
  'users.last_name',
  'users.created_at',
  'users.updated_at',
] as const;

/** The organization's members, with what SCIM stored about them. */
export function listMembers(db: Db, organizationId: number, email?: string) {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('scim_members', (join) =>
      join
        .onRef('scim_members.user_id', '=', 'memberships.user_id')
        .on('scim_members.organization_id', '=', organizationId),
    )
    .select([...userColumns, 'memberships.role', 'scim_members.external_id'])
    .where('memberships.organization_id', '=', organizationId);
  if (email !== undefined) query = query.where('users.email', '=', email);
  return query.orderBy('users.id').execute();
}

/** Members the SCIM client deactivated: no membership, a row here. */
export function listDeactivated(db: Db, organizationId: number, email?: string) {
  let query = db
    .selectFrom('scim_members')
    .innerJoin('users', 'users.id', 'scim_members.user_id')
    .select([...userColumns, 'scim_members.role', 'scim_members.external_id'])
    .where('scim_members.organization_id', '=', organizationId)
    .where('scim_members.active', '=', 0);
  if (email !== undefined) query = query.where('users.email', '=', email);
  return query.orderBy('users.id').execute();
}

export function findScimMember(db: Db, organizationId: number, userId: number) {
  return db
    .selectFrom('scim_members')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function saveScimMember(
  db: Db,
  organizationId: number,
  values: { userId: number; externalId: string | null; active: boolean; role: Role },
  now: string,
) {
  const row = {
    external_id: values.externalId,
    active: values.active ? 1 : 0,
    role: values.role,
    updated_at: now,
  };
  const updated = await db
    .updateTable('scim_members')
    .set(row)
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', values.userId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await db
      .insertInto('scim_members')
      .values({ ...row, organization_id: organizationId, user_id: values.userId, created_at: now })
      .execute();
}

export async function deleteScimMember(db: Db, organizationId: number, userId: number) {
  await db
    .deleteFrom('scim_members')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function defaultRoleOf(db: Db, organizationId: number): Promise<Role> {
  const row = await db
    .selectFrom('sso_connections')
    .select('default_role')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.default_role ?? 'viewer';
}
