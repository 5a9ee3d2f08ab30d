import type { Db } from '../db/database.js';

export function findSessionByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.token_hash as tokenHash',
      'sessions.active_organization_id as activeOrganizationId',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.sso_organization_id as ssoOrganizationId',
      'users.id as userId',
      'users.email',
      'users.first_name as firstName',
      'users.last_name as lastName',
      'users.preferences',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The user's organizations, each with whether it requires single sign-on (docs/sso.md). */
export function listMembershipsOfUser(db: Db, userId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .leftJoin('sso_connections', 'sso_connections.organization_id', 'memberships.organization_id')
    .select([
      'organizations.id',
      'organizations.name',
      'memberships.role',
      'memberships.id as membershipId',
      'sso_connections.sso_required as ssoRequired',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('organizations.name')
    .execute();
}

export async function insertSession(
  db: Db,
  values: {
    tokenHash: string;
    userId: number;
    organizationId: number | null;
    now: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
    /** The organization whose IdP opened the session: the only one it reaches. */
    ssoOrganizationId?: number;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: values.tokenHash,
      user_id: values.userId,
      active_organization_id: values.organizationId,
      created_at: values.now,
      last_seen_at: values.now,
      expires_at: values.expiresAt,
      ip: values.ip,
      user_agent: values.userAgent,
      sso_organization_id: values.ssoOrganizationId ?? null,
    })
    .execute();
}

export async function deleteSessionByTokenHash(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function touchSession(db: Db, sessionId: number, now: string) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function setSessionOrganization(db: Db, sessionId: number, organizationId: number) {
  await db
    .updateTable('sessions')
    .set({ active_organization_id: organizationId })
    .where('id', '=', sessionId)
    .execute();
}

/** Deletes sessions that expired before `before`; returns how many. */
export async function deleteSessionsExpiredBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends the user's sessions that are in (or reach only) the organization: SCIM deprovisioning. */
export async function deleteSessionsInOrganization(db: Db, organizationId: number, userId: number) {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('active_organization_id', '=', organizationId),
        eb('sso_organization_id', '=', organizationId),
      ]),
    )
    .execute();
}
