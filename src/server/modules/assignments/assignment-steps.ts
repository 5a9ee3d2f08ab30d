import type { AssignmentItem } from '../../../common/assignments-api.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { AppContext } from '../../context.js';
import { lockOrganization } from '../../db/lock-queries.js';
import type { Trx } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { assignmentEmail, type AssignmentEmailInput } from '../../mail/assignment-email.js';
import { queueMail, type QueuedMail } from '../../mail/mail-queue.js';
import { openInvitation, type Inviter } from '../members/invitation-service.js';
import { languageForAddress } from '../notifications/notice.js';
import * as queries from './queries.js';

// The steps every assignment change is made of (load and lock, check, resolve the assignee,
// audit, queue the mail); service.ts composes them into the operations routes call.

/** Who changes an assignment: an Admin, the vendor (no user) or the member leaving. */
export interface Assigner extends Inviter {
  ip: string | null;
}

/** The mails a change queued in its transaction, sent once it has committed (never while it holds the database). */
export interface Outgoing {
  mails: QueuedMail[];
  /** Whether the change invited someone who was not a member. */
  invited: boolean;
}

export const noOutgoing = (): Outgoing => ({ mails: [], invited: false });
export const seats = (count: number) => `${count} seat${count === 1 ? '' : 's'}`;
export const nameOf = (row: {
  first_name: string | null;
  last_name: string | null;
  email: string;
}) => `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim() || row.email;

export function presentAssignment(row: queries.AssignmentRow): AssignmentItem {
  return {
    assignmentId: row.id,
    userId: row.user_id,
    email: row.email,
    name: nameOf(row),
    quantity: row.quantity,
    pending: row.user_id === null,
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by_label,
    inUse: Number(row.in_use ?? 0),
  };
}

/** Sends what the committed change queued; resolves whether every mail went out now (the rest are retried). */
export function deliver(ctx: AppContext, outgoing: Outgoing): Promise<boolean> {
  return sendQueuedMails(ctx, outgoing.mails);
}

/** Queues the assignment mail to `to` (in their language) in the change's transaction. */
export async function queueAssignmentMail(
  ctx: AppContext,
  trx: Trx,
  outgoing: Outgoing,
  mail: { license: queries.AssignableLicense; to: string; quantity: number; changedBy: string },
): Promise<void> {
  const input: AssignmentEmailInput = {
    to: mail.to,
    language: await languageForAddress(trx, mail.to, null),
    organizationName: mail.license.organization_name,
    productName: mail.license.product_name,
    entitlementPublicId: mail.license.entitlement_public_id,
    quantity: mail.quantity,
    changedBy: mail.changedBy,
  };
  outgoing.mails.push(await queueMail(ctx, trx, assignmentEmail(ctx.config, input)));
}

export async function loadLicense(trx: Trx, organizationId: number, licenseId: number) {
  await lockOrganization(trx, organizationId);
  const license = await queries.findAssignableLicense(trx, organizationId, licenseId);
  if (!license) throw notFound('license');
  return license;
}

/** Assigned seats never exceed the license's seats. */
export async function checkQuantity(
  trx: Trx,
  license: queries.AssignableLicense,
  quantity: number,
  exceptId?: number,
) {
  const others = await queries.assignedSeats(trx, license.organization_id, license.id, exceptId);
  const left = Math.max(0, license.seats - others);
  if (quantity > left) {
    throw new DomainError(
      'conflict',
      'seats_over_assigned',
      `Only ${seats(left)} of this license ${left === 1 ? 'is' : 'are'} not assigned to someone else.`,
      {
        quantity: `at most ${left}`,
      },
    );
  }
}

/** The assignee an email names: a member, their open invitation, or a new invitation (as Viewer). */
export async function resolveAssignee(
  ctx: AppContext,
  trx: Trx,
  organizationId: number,
  rawEmail: string,
  by: Assigner,
  outgoing: Outgoing,
) {
  const email = rawEmail.trim().toLowerCase();
  const found = await queries.assigneeByEmail(trx, organizationId, email);
  if (found?.kind === 'member')
    return { userId: found.id, invitationId: null, email, name: nameOf(found) };
  if (found) return { userId: null, invitationId: found.id, email, name: email };
  const opened = await openInvitation(ctx, trx, {
    organizationId,
    email,
    role: 'viewer',
    invitedBy: by,
    ip: by.ip,
  });
  outgoing.mails.push(opened.mail);
  outgoing.invited = true;
  return { userId: null, invitationId: opened.invitation.id, email, name: email };
}

export type Assignee = Awaited<ReturnType<typeof resolveAssignee>>;

export function auditAssignment(
  trx: Trx,
  by: Assigner,
  license: queries.AssignableLicense,
  event: {
    action: string;
    message: string;
    assignmentId?: number;
    metadata: Record<string, unknown>;
    at: Date;
  },
) {
  return recordAudit(trx, {
    organizationId: license.organization_id,
    type: 'licenses',
    action: event.action,
    message: event.message,
    actor: by,
    ip: by.ip,
    target: { type: 'license', id: license.id },
    metadata: { assignmentId: event.assignmentId, ...event.metadata },
    at: event.at,
  });
}

export const what = (license: queries.AssignableLicense) =>
  `${license.product_name} (${license.entitlement_public_id})`;
export const invitedNote = (assignee: Assignee) =>
  assignee.invitationId === null ? '' : ' (invited)';
