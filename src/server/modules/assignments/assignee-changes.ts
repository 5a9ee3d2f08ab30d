import type { AppContext } from '../../context.js';
import type { Trx } from '../../db/transaction.js';
import {
  auditAssignment,
  nameOf,
  noOutgoing,
  queueAssignmentMail,
  seats,
  what,
  type Assigner,
  type Outgoing,
} from './assignment-steps.js';
import * as queries from './queries.js';

// What becomes of assignments when their assignee changes: unassigned, gone or now a member.

/** Ends one assignment in the caller's transaction; the activations it covered stay (decision 090). */
export async function endAssignment(
  ctx: AppContext,
  trx: Trx,
  license: queries.AssignableLicense,
  row: queries.AssignmentRow,
  by: Assigner,
  reason: 'unassigned' | 'member_removed' | 'invitation_revoked',
  outgoing: Outgoing,
) {
  await queries.deleteAssignment(trx, license.organization_id, row.id);
  const because =
    reason === 'member_removed'
      ? ' (member removed)'
      : reason === 'invitation_revoked'
        ? ' (invitation revoked)'
        : '';
  await auditAssignment(trx, by, license, {
    action: 'license.unassigned',
    message: `${by.label} unassigned ${seats(row.quantity)} of ${what(license)} from ${nameOf(row)}${because}`,
    assignmentId: row.id,
    metadata: { email: row.email, quantity: row.quantity, reason },
    at: ctx.now(),
  });
  if (row.user_id !== null && reason === 'unassigned')
    await queueAssignmentMail(ctx, trx, outgoing, {
      license,
      to: row.email,
      quantity: 0,
      changedBy: by.label,
    });
}

/**
 * Ends the assignments of a member who leaves, or of a revoked invitation, in the caller's
 * transaction (audited one by one). Activations are left to an Admin.
 */
export async function endAssignmentsOf(
  ctx: AppContext,
  trx: Trx,
  organizationId: number,
  assignee: { userId: number } | { invitationId: number },
  by: Assigner,
): Promise<void> {
  const now = ctx.now().toISOString();
  const rows =
    'userId' in assignee
      ? await queries.assignmentsOfUser(trx, organizationId, assignee.userId, now)
      : await queries.assignmentsOfInvitation(trx, organizationId, assignee.invitationId, now);
  for (const row of rows) {
    const license = (await queries.findAssignableLicense(trx, organizationId, row.license_id))!;
    await endAssignment(
      ctx,
      trx,
      license,
      row,
      by,
      'userId' in assignee ? 'member_removed' : 'invitation_revoked',
      noOutgoing(),
    );
  }
}

/** On acceptance the invitation's seats become the new member's (audited); their mails go into `outgoing`. */
export async function claimAssignments(
  ctx: AppContext,
  trx: Trx,
  invitation: { id: number; organization_id: number; email: string },
  member: { id: number; label: string },
  outgoing: Outgoing,
): Promise<void> {
  const rows = await queries.assignmentsOfInvitation(
    trx,
    invitation.organization_id,
    invitation.id,
    ctx.now().toISOString(),
  );
  if (rows.length === 0) return;
  await queries.claimInvitationAssignments(
    trx,
    invitation.organization_id,
    invitation.id,
    member.id,
  );
  for (const row of rows) {
    const license = (await queries.findAssignableLicense(
      trx,
      invitation.organization_id,
      row.license_id,
    ))!;
    await auditAssignment(trx, { userId: member.id, label: member.label, ip: null }, license, {
      action: 'license.assignment_accepted',
      message: `${member.label} accepted the invitation and received ${seats(row.quantity)} of ${what(license)}`,
      assignmentId: row.id,
      metadata: { email: invitation.email, quantity: row.quantity },
      at: ctx.now(),
    });
    await queueAssignmentMail(ctx, trx, outgoing, {
      license,
      to: invitation.email,
      quantity: row.quantity,
      changedBy: row.assigned_by_label,
    });
  }
}
