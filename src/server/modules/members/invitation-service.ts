import type { InvitationCreated, InvitationItem } from '../../../common/members-api.js';
import type { Page } from '../../../common/page.js';
import { ROLE_LABELS, type Role } from '../../../common/roles.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { randomToken, sha256Hex } from '../../crypto/tokens.js';
import { lockOrganization } from '../../db/lock-queries.js';
import type { Row } from '../../db/schema.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { conflict, notFound } from '../../errors.js';
import { searchText } from '../../http/list-query.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { invitationEmail } from '../../mail/invitation-email.js';
import { giveUpMails, linkKeys, queueMail, type QueuedMail } from '../../mail/mail-queue.js';
import { endAssignmentsOf } from '../assignments/assignee-changes.js';
import { languageForAddress } from '../notifications/notice.js';
import * as queries from './invitation-queries.js';
import { findMember, findUserByEmail } from './queries.js';

/** How long an invitation link works; Resend issues a fresh one. */
export const INVITATION_DAYS = 7;

type InvitationRow = Pick<
  Row<'invitations'>,
  'id' | 'organization_id' | 'email' | 'phone' | 'role' | 'created_at' | 'expires_at' | 'send_count'
>;

/** Who invites: a member of the organization, or the vendor (no user) for an organization's first Admin. */
export interface Inviter {
  userId: number | null;
  label: string;
}

export interface InvitationRequest {
  organizationId: number;
  email: string;
  phone?: string | null;
  role: Role;
  invitedBy: Inviter;
  ip: string | null;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function presentInvitation(row: InvitationRow, now: Date): InvitationItem {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    role: row.role,
    addedAt: row.created_at,
    expiresAt: row.expires_at,
    status: Date.parse(row.expires_at) > now.getTime() ? 'pending' : 'expired',
    sendCount: row.send_count,
  };
}

function newLink(ctx: AppContext) {
  const token = randomToken();
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  return { token, tokenHash: sha256Hex(token), expiresAt };
}

/**
 * Queues the invitation's email in the transaction that issued its link; it is sent after the
 * commit (sendQueuedMails), so a slow mail server never holds the database and a refusal never
 * undoes the invitation. Its link dies when the invitation expires, is resent or revoked, and so
 * does a mail still waiting for a retry.
 */
async function queueInvitationEmail(
  ctx: AppContext,
  trx: Trx,
  invitation: InvitationRow,
  token: string,
  invitedBy: Inviter,
): Promise<QueuedMail> {
  const organizationName = await queries.organizationName(trx, invitation.organization_id);
  const mail = invitationEmail(ctx.config, {
    to: invitation.email,
    language: await languageForAddress(trx, invitation.email, invitedBy.userId),
    organizationName,
    invitedBy: invitedBy.label,
    role: invitation.role,
    acceptUrl: `${ctx.config.publicUrl}/invite/${token}`,
    expiresAt: invitation.expires_at,
  });
  return queueMail(ctx, trx, mail, {
    expiresAt: invitation.expires_at,
    key: linkKeys.invitation(invitation.id),
  });
}

/** An invitation made in the caller's transaction, with its email queued to send after the commit. */
export interface OpenedInvitation {
  invitation: InvitationRow;
  mail: QueuedMail;
}

/**
 * Invites an address in the caller's transaction and audits it: for Admins in the portal,
 * the vendor API, and a license assigned to someone who is not a member yet.
 */
export async function openInvitation(
  ctx: AppContext,
  trx: Trx,
  request: InvitationRequest,
): Promise<OpenedInvitation> {
  const email = normalizeEmail(request.email);
  const { organizationId, invitedBy } = request;
  const link = newLink(ctx);
  const now = ctx.now();
  await lockOrganization(trx, organizationId);
  const user = await findUserByEmail(trx, email);
  if (user && (await findMember(trx, organizationId, user.id)))
    throw conflict('already_member', `${email} is already a member of this organization.`);
  if (await queries.findOpenInvitationByEmail(trx, organizationId, email)) {
    throw conflict(
      'already_invited',
      `${email} already has an open invitation. Resend it instead.`,
    );
  }
  const row = await queries.insertInvitation(trx, {
    organizationId,
    email,
    phone: request.phone?.trim() || null,
    role: request.role,
    tokenHash: link.tokenHash,
    invitedBy: invitedBy.userId,
    now: now.toISOString(),
    expiresAt: link.expiresAt,
  });
  await recordAudit(trx, {
    organizationId,
    type: 'members',
    action: 'invitation.created',
    message: `${invitedBy.label} invited ${email} as ${ROLE_LABELS[request.role]}`,
    actor: invitedBy,
    ip: request.ip,
    target: { type: 'invitation', id: row.id },
    metadata: { email, role: request.role },
    at: now,
  });
  return {
    invitation: row,
    mail: await queueInvitationEmail(ctx, trx, row, link.token, invitedBy),
  };
}

/** The one way an invitation comes to be, for Admins in the portal and for the vendor API alike. */
export async function createInvitation(
  ctx: AppContext,
  request: InvitationRequest,
): Promise<InvitationCreated> {
  const opened = await inTransaction(ctx.db, (trx) => openInvitation(ctx, trx, request));
  const emailDelivered = await sendQueuedMails(ctx, [opened.mail]);
  return { invitation: presentInvitation(opened.invitation, ctx.now()), emailDelivered };
}

export async function resendInvitation(
  ctx: AppContext,
  actor: Actor,
  invitationId: number,
  ip: string | null,
): Promise<InvitationCreated> {
  const link = newLink(ctx);
  const now = ctx.now();
  const { invitation, mail } = await inTransaction(ctx.db, async (trx) => {
    await lockOrganization(trx, actor.organizationId);
    const open = await queries.findOpenInvitation(trx, actor.organizationId, invitationId);
    if (!open) throw notFound('invitation');
    await giveUpMails(trx, linkKeys.invitation(invitationId), 'the invitation was resent');
    const renewed = await queries.renewInvitationToken(
      trx,
      actor.organizationId,
      invitationId,
      link.tokenHash,
      link.expiresAt,
    );
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'members',
      action: 'invitation.resent',
      message: `${actor.label} resent the invitation to ${open.email}`,
      actor,
      ip,
      target: { type: 'invitation', id: invitationId },
      metadata: { email: open.email, sendCount: renewed.send_count },
      at: now,
    });
    return {
      invitation: renewed,
      mail: await queueInvitationEmail(ctx, trx, renewed, link.token, actor),
    };
  });
  const emailDelivered = await sendQueuedMails(ctx, [mail]);
  return { invitation: presentInvitation(invitation, now), emailDelivered };
}

export async function revokeInvitation(
  ctx: AppContext,
  actor: Actor,
  invitationId: number,
  ip: string | null,
): Promise<void> {
  const now = ctx.now();
  await inTransaction(ctx.db, async (trx) => {
    await lockOrganization(trx, actor.organizationId);
    const open = await queries.findOpenInvitation(trx, actor.organizationId, invitationId);
    if (!open) throw notFound('invitation');
    await queries.revokeInvitation(trx, actor.organizationId, invitationId, now.toISOString());
    await giveUpMails(trx, linkKeys.invitation(invitationId), 'the invitation was revoked');
    await endAssignmentsOf(
      ctx,
      trx,
      actor.organizationId,
      { invitationId },
      { userId: actor.userId, label: actor.label, ip },
    );
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'members',
      action: 'invitation.revoked',
      message: `${actor.label} revoked the invitation to ${open.email}`,
      actor,
      ip,
      target: { type: 'invitation', id: invitationId },
      metadata: { email: open.email },
      at: now,
    });
  });
}

export async function listInvitations(
  ctx: AppContext,
  actor: Actor,
  query: { role?: Role; q?: string; cursor?: string; limit: number },
): Promise<Page<InvitationItem>> {
  const now = ctx.now();
  const rows = await queries.listOpenInvitations(
    ctx.db,
    actor.organizationId,
    { role: query.role, emailContains: searchText(query.q) },
    decodeCursor(query.cursor),
    query.limit,
  );
  return toPage(
    rows,
    query.limit,
    (row) => ({ sortValue: row.created_at, id: row.id }),
    (row) => presentInvitation(row, now),
  );
}
