import { ROLE_LABELS, type Role } from '../../../common/roles.js';
import { recordAudit } from '../../audit/record-audit.js';
import { deleteSessionsInOrganization } from '../../auth/session-queries.js';
import type { AppContext } from '../../context.js';
import { lockOrganization } from '../../db/lock-queries.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { conflict, DomainError, notFound } from '../../errors.js';
import * as members from '../members/queries.js';
import { idpAccount } from '../sso/new-account.js';
import * as ssoQueries from '../sso/queries.js';
import * as queries from './queries.js';

/**
 * The organization's members as its SCIM client manages them (docs/sso.md, decision 126).
 * Deactivating removes the membership, keeps the role for a reactivation and ends the
 * member's sessions in the organization at once; nothing else is freed (seats, assignments
 * and activations stay until an Admin acts). The last Admin cannot be deactivated, deleted
 * or moved to Viewers.
 */
export interface ScimCaller {
  organizationId: number;
  /** "SCIM (token name)", the audit actor. */
  label: string;
  ip: string;
}

export interface ScimMember {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  role: Role;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

type MemberRow = Awaited<ReturnType<typeof queries.listMembers>>[number];
const present = (row: MemberRow, active: boolean): ScimMember => ({
  id: row.id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
  active,
  role: row.role,
  externalId: row.external_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const nameOf = (member: { firstName: string; lastName: string; email: string }) =>
  `${member.firstName} ${member.lastName}`.trim() || member.email;

/** Every member, active and deactivated; with an email, the one whose userName it is. */
export async function listScimMembers(
  ctx: AppContext,
  caller: ScimCaller,
  email?: string,
): Promise<ScimMember[]> {
  const normalized = email?.trim().toLowerCase();
  const [active, inactive] = await Promise.all([
    queries.listMembers(ctx.db, caller.organizationId, normalized),
    queries.listDeactivated(ctx.db, caller.organizationId, normalized),
  ]);
  return [
    ...active.map((row) => present(row, true)),
    ...inactive.map((row) => present(row, false)),
  ].sort((a, b) => a.id - b.id);
}

export async function findScimMember(
  ctx: AppContext,
  caller: ScimCaller,
  userId: number,
): Promise<ScimMember | undefined> {
  return (await listScimMembers(ctx, caller)).find((member) => member.id === userId);
}

async function audit(
  trx: Trx,
  ctx: AppContext,
  caller: ScimCaller,
  action: string,
  message: string,
  member: { id: number; email: string },
  metadata: Record<string, unknown> = {},
) {
  await recordAudit(trx, {
    organizationId: caller.organizationId,
    type: 'members',
    action,
    message,
    actor: { userId: null, label: caller.label },
    ip: caller.ip,
    target: { type: 'user', id: member.id },
    metadata: { email: member.email, ...metadata },
    at: ctx.now(),
  });
}

/** Refuses to take the organization's last Admin away. */
async function keepAnAdmin(trx: Trx, caller: ScimCaller, member: ScimMember) {
  if (
    member.active &&
    member.role === 'admin' &&
    (await members.countAdmins(trx, caller.organizationId)) <= 1
  )
    throw conflict(
      'last_admin',
      `${nameOf(member)} is the organization’s only Admin: make another member Admin first.`,
    );
}

async function loadForChange(trx: Trx, caller: ScimCaller, userId: number): Promise<ScimMember> {
  await lockOrganization(trx, caller.organizationId);
  const member =
    (await queries.listMembers(trx, caller.organizationId))
      .filter((row) => row.id === userId)
      .map((row) => present(row, true))[0] ??
    (await queries.listDeactivated(trx, caller.organizationId))
      .filter((row) => row.id === userId)
      .map((row) => present(row, false))[0];
  if (!member) throw notFound('user');
  return member;
}

export interface NewScimMember {
  email: string;
  firstName: string;
  lastName: string;
  externalId: string | null;
  active: boolean;
}

/** A new account and membership with the organization's first-sign-in role; an existing account is not taken over. */
export async function createScimMember(
  ctx: AppContext,
  caller: ScimCaller,
  input: NewScimMember,
): Promise<ScimMember> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now().toISOString();
  const userId = await inTransaction(ctx.db, async (trx) => {
    await lockOrganization(trx, caller.organizationId);
    const account = await ssoQueries.findAccountByEmail(trx, caller.organizationId, email);
    if (
      account &&
      (account.role || (await queries.findScimMember(trx, caller.organizationId, account.id)))
    )
      throw conflict('uniqueness', `A user with userName ${email} already exists.`);
    if (account)
      throw conflict(
        'uniqueness',
        `An account with the email ${email} already exists in another organization; an Admin can invite it from Members.`,
      );
    const role = await queries.defaultRoleOf(trx, caller.organizationId);
    const { id } = await members.insertUser(
      trx,
      idpAccount(email, input.firstName, input.lastName, now),
    );
    if (input.active) await members.insertMembership(trx, caller.organizationId, id, role, now);
    await queries.saveScimMember(
      trx,
      caller.organizationId,
      { userId: id, externalId: input.externalId, active: input.active, role },
      now,
    );
    await audit(
      trx,
      ctx,
      caller,
      'scim.member_created',
      `${caller.label} added ${nameOf({ ...input, email })} as ${ROLE_LABELS[role]}${input.active ? '' : ' (deactivated)'}`,
      { id, email },
      { role, active: input.active },
    );
    return id;
  });
  return (await findScimMember(ctx, caller, userId))!;
}

/** PUT and PATCH: the account's email cannot change here; externalId, active and role can. */
export async function updateScimMember(
  ctx: AppContext,
  caller: ScimCaller,
  userId: number,
  change: { email: string; externalId: string | null; active: boolean },
): Promise<ScimMember> {
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const member = await loadForChange(trx, caller, userId);
    if (change.email.trim().toLowerCase() !== member.email)
      throw new DomainError(
        'invalid',
        'mutability',
        'userName (the member’s email) cannot change through SCIM; the member changes it in their profile.',
      );
    if (member.active && !change.active) {
      await keepAnAdmin(trx, caller, member);
      await members.deleteMembership(trx, caller.organizationId, userId);
      await deleteSessionsInOrganization(trx, caller.organizationId, userId);
      await audit(
        trx,
        ctx,
        caller,
        'scim.member_deactivated',
        `${caller.label} deactivated ${nameOf(member)}; their sessions ended`,
        member,
      );
    } else if (!member.active && change.active) {
      await members.insertMembership(trx, caller.organizationId, userId, member.role, now);
      await audit(
        trx,
        ctx,
        caller,
        'scim.member_reactivated',
        `${caller.label} reactivated ${nameOf(member)} as ${ROLE_LABELS[member.role]}`,
        member,
      );
    }
    await queries.saveScimMember(
      trx,
      caller.organizationId,
      { userId, externalId: change.externalId, active: change.active, role: member.role },
      now,
    );
  });
  return (await findScimMember(ctx, caller, userId))!;
}

/** DELETE: the membership and the SCIM record go, the sessions in the organization end; the account stays. */
export async function deleteScimMember(
  ctx: AppContext,
  caller: ScimCaller,
  userId: number,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const member = await loadForChange(trx, caller, userId);
    await keepAnAdmin(trx, caller, member);
    await members.deleteMembership(trx, caller.organizationId, userId);
    await queries.deleteScimMember(trx, caller.organizationId, userId);
    await deleteSessionsInOrganization(trx, caller.organizationId, userId);
    await audit(
      trx,
      ctx,
      caller,
      'scim.member_removed',
      `${caller.label} removed ${nameOf(member)}; their sessions ended`,
      member,
    );
  });
}

/** Group membership: Admins or Viewers. A deactivated member's role is kept for their return. */
export async function setScimRole(
  ctx: AppContext,
  caller: ScimCaller,
  userId: number,
  role: Role,
): Promise<void> {
  const now = ctx.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const member = await loadForChange(trx, caller, userId);
    if (member.role === role) return;
    if (role !== 'admin') await keepAnAdmin(trx, caller, member);
    if (member.active) await members.setMemberRole(trx, caller.organizationId, userId, role);
    const stored = await queries.findScimMember(trx, caller.organizationId, userId);
    if (stored || !member.active)
      await queries.saveScimMember(
        trx,
        caller.organizationId,
        { userId, externalId: member.externalId, active: member.active, role },
        now,
      );
    await audit(
      trx,
      ctx,
      caller,
      'scim.role_changed',
      `${caller.label} changed the role of ${nameOf(member)} from ${ROLE_LABELS[member.role]} to ${ROLE_LABELS[role]}`,
      member,
      { from: member.role, to: role },
    );
  });
}
