import type { Role } from '../../../common/roles.js';
import type { Db } from '../../db/database.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';

const INVITATION_COLUMNS = [
  'id',
  'organization_id',
  'email',
  'phone',
  'role',
  'created_at',
  'expires_at',
  'send_count',
  'invited_by_user_id',
] as const;

/** Invitations neither accepted nor revoked (expired ones included: they can be resent). */
function openInvitations(db: Db, organizationId: number) {
  return db
    .selectFrom('invitations')
    .select(INVITATION_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null);
}

export function listOpenInvitations(
  db: Db,
  organizationId: number,
  filters: { role?: Role; emailContains?: string },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = openInvitations(db, organizationId);
  if (filters.role) query = query.where('role', '=', filters.role);
  const text = filters.emailContains;
  if (text) query = query.where((eb) => containsText(eb.ref('email'), text));
  return keysetPage(
    query,
    { sortBy: 'created_at', id: 'id', direction: 'desc' },
    position,
    pageSize,
  ).execute();
}

export function findOpenInvitation(db: Db, organizationId: number, invitationId: number) {
  return openInvitations(db, organizationId).where('id', '=', invitationId).executeTakeFirst();
}

export function findOpenInvitationByEmail(db: Db, organizationId: number, email: string) {
  return openInvitations(db, organizationId).where('email', '=', email).executeTakeFirst();
}

/** The invitation a link names, if it can still be accepted. The token, not a session, says which organization. */
export function findUsableInvitationByTokenHash(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('organizations', 'organizations.id', 'invitations.organization_id')
    .select([
      'invitations.id',
      'invitations.organization_id',
      'invitations.email',
      'invitations.phone',
      'invitations.role',
      'invitations.expires_at',
      'organizations.name as organization_name',
    ])
    .where('invitations.token_hash', '=', tokenHash)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .where('invitations.expires_at', '>', now)
    .executeTakeFirst();
}

export function insertInvitation(
  db: Db,
  values: {
    organizationId: number;
    email: string;
    phone: string | null;
    role: Role;
    tokenHash: string;
    invitedBy: number | null;
    now: string;
    expiresAt: string;
  },
) {
  return db
    .insertInto('invitations')
    .values({
      organization_id: values.organizationId,
      email: values.email,
      phone: values.phone,
      role: values.role,
      token_hash: values.tokenHash,
      invited_by_user_id: values.invitedBy,
      created_at: values.now,
      expires_at: values.expiresAt,
    })
    .returning(INVITATION_COLUMNS)
    .executeTakeFirstOrThrow();
}

/** A new token and expiry: the previous link stops working at once. */
export function renewInvitationToken(
  db: Db,
  organizationId: number,
  invitationId: number,
  tokenHash: string,
  expiresAt: string,
) {
  return db
    .updateTable('invitations')
    .set((eb) => ({
      token_hash: tokenHash,
      expires_at: expiresAt,
      send_count: eb('send_count', '+', 1),
    }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', invitationId)
    .returning(INVITATION_COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function revokeInvitation(
  db: Db,
  organizationId: number,
  invitationId: number,
  now: string,
) {
  await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', invitationId)
    .execute();
}

/** Marks the invitation used, unless another request used, revoked or outlived it first. */
export async function claimInvitation(db: Db, invitationId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', invitationId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function organizationName(db: Db, organizationId: number): Promise<string> {
  const row = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return row.name;
}
