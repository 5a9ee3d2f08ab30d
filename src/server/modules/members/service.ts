import type {
  MemberItem,
  MemberSearchScope,
  MemberSortColumn,
} from '../../../common/members-api.js';
import type { Page, SortDirection } from '../../../common/page.js';
import { ROLE_LABELS, type Role } from '../../../common/roles.js';
import { memberLabel } from '../../auth/session-service.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import type { Db } from '../../db/database.js';
import { lockOrganization } from '../../db/lock-queries.js';
import { inTransaction } from '../../db/transaction.js';
import { conflict, notFound } from '../../errors.js';
import { searchText } from '../../http/list-query.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event.js';
import { endAssignmentsOf } from '../assignments/assignee-changes.js';
import * as queries from './queries.js';

export interface MemberListQuery {
  role?: Role;
  scope?: MemberSearchScope;
  q?: string;
  sort?: MemberSortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit: number;
}

type MemberRow = NonNullable<Awaited<ReturnType<typeof queries.findMember>>>;

const present = (row: MemberRow): MemberItem => ({ ...row });
const nameOf = (row: MemberRow) => memberLabel(row);

export async function listMembers(
  ctx: AppContext,
  actor: Actor,
  query: MemberListQuery,
): Promise<Page<MemberItem>> {
  const text = searchText(query.q);
  const sort = query.sort ?? 'firstName';
  const rows = await queries.listMembers(
    ctx.db,
    actor.organizationId,
    { role: query.role, search: text ? { scope: query.scope ?? 'name', text } : undefined },
    { sortBy: queries.MEMBER_SORT_SQL[sort], direction: query.direction ?? 'asc' },
    decodeCursor(query.cursor),
    query.limit,
  );
  return toPage(rows, query.limit, (row) => ({ sortValue: row[sort], id: row.userId }), present);
}

/** Loads the member under the organization's lock, and refuses to leave the organization without an Admin. */
async function loadMember(
  trx: Db,
  actor: Actor,
  userId: number,
  losesAdmin: (member: MemberRow) => boolean,
): Promise<MemberRow> {
  await lockOrganization(trx, actor.organizationId);
  const member = await queries.findMember(trx, actor.organizationId, userId);
  if (!member) throw notFound('member');
  if (losesAdmin(member) && (await queries.countAdmins(trx, actor.organizationId)) <= 1) {
    throw conflict(
      'last_admin',
      `${nameOf(member)} is the only Admin. Make another member Admin first.`,
    );
  }
  return member;
}

export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  userId: number,
  role: Role,
  ip: string | null,
): Promise<MemberItem> {
  const now = ctx.now();
  return inTransaction(ctx.db, async (trx) => {
    const member = await loadMember(
      trx,
      actor,
      userId,
      (m) => m.role === 'admin' && role !== 'admin',
    );
    if (member.role === role) return present(member);
    await queries.setMemberRole(trx, actor.organizationId, userId, role);
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'members',
      action: 'member.role_changed',
      message: `${actor.label} changed the role of ${nameOf(member)} from ${ROLE_LABELS[member.role]} to ${ROLE_LABELS[role]}`,
      actor,
      ip,
      target: { type: 'user', id: userId },
      metadata: { email: member.email, from: member.role, to: role },
      at: now,
    });
    return present({ ...member, role });
  });
}

export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  userId: number,
  ip: string | null,
): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    const member = await loadMember(trx, actor, userId, (m) => m.role === 'admin');
    await queries.deleteMembership(trx, actor.organizationId, userId);
    // Their seats go back to the organization; their activations stay until an Admin ends them.
    await endAssignmentsOf(
      ctx,
      trx,
      actor.organizationId,
      { userId },
      { userId: actor.userId, label: actor.label, ip },
    );
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'members',
      action: 'member.removed',
      message:
        userId === actor.userId
          ? `${actor.label} left the organization`
          : `${actor.label} removed ${nameOf(member)}`,
      actor,
      ip,
      target: { type: 'user', id: userId },
      metadata: { email: member.email, role: member.role },
      at: now,
    });
    const left = {
      member: { userId, email: member.email, role: member.role },
      removedBy: actor.label,
    };
    await emitWebhookEvent(trx, actor.organizationId, 'member.left', left, now);
  });
}
