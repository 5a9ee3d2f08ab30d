import type { AssignmentChanged, LicenseAssignments } from '../../../common/assignments-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { conflict, notFound } from '../../errors.js';
import {
  auditAssignment,
  checkQuantity,
  deliver,
  invitedNote,
  loadLicense,
  nameOf,
  noOutgoing,
  presentAssignment,
  queueAssignmentMail,
  resolveAssignee,
  seats,
  what,
  type Assigner,
  type Outgoing,
} from './assignment-steps.js';
import { endAssignment } from './assignee-changes.js';
import * as queries from './queries.js';

/**
 * Assigns seats of a license in the caller's transaction and audits it; the mail (or the
 * invitation, for an address that is not a member) goes into `outgoing`.
 */
export async function assignInTransaction(
  ctx: AppContext,
  trx: Trx,
  input: {
    organizationId: number;
    licenseId: number;
    email: string;
    quantity: number;
    by: Assigner;
  },
  outgoing: Outgoing,
): Promise<number> {
  const now = ctx.now();
  const license = await loadLicense(trx, input.organizationId, input.licenseId);
  const assignee = await resolveAssignee(
    ctx,
    trx,
    input.organizationId,
    input.email,
    input.by,
    outgoing,
  );
  const existing = await queries.findAssigneeAssignment(
    trx,
    input.organizationId,
    license.id,
    assignee.userId !== null
      ? { userId: assignee.userId }
      : { invitationId: assignee.invitationId! },
  );
  if (existing)
    throw conflict(
      'already_assigned',
      `${assignee.name} already has ${seats(existing.quantity)} of this license. Change that assignment instead.`,
    );
  await checkQuantity(trx, license, input.quantity);
  const assignmentId = await queries.insertAssignment(trx, {
    organization_id: input.organizationId,
    license_id: license.id,
    user_id: assignee.userId,
    invitation_id: assignee.invitationId,
    email: assignee.email,
    quantity: input.quantity,
    assigned_by_label: input.by.label,
    assigned_at: now.toISOString(),
  });
  await auditAssignment(trx, input.by, license, {
    action: 'license.assigned',
    message: `${input.by.label} assigned ${seats(input.quantity)} of ${what(license)} to ${assignee.name}${invitedNote(assignee)}`,
    assignmentId,
    metadata: {
      email: assignee.email,
      quantity: input.quantity,
      pending: assignee.userId === null,
    },
    at: now,
  });
  if (assignee.userId !== null)
    await queueAssignmentMail(ctx, trx, outgoing, {
      license,
      to: assignee.email,
      quantity: input.quantity,
      changedBy: input.by.label,
    });
  return assignmentId;
}

async function changed(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  assignmentId: number | null,
  outgoing: Outgoing,
): Promise<AssignmentChanged> {
  const row =
    assignmentId === null
      ? undefined
      : await queries.findAssignment(
          ctx.db,
          actor.organizationId,
          licenseId,
          assignmentId,
          ctx.now().toISOString(),
        );
  return {
    assignment: row ? presentAssignment(row) : null,
    emailDelivered: await deliver(ctx, outgoing),
    invited: outgoing.invited,
  };
}

const assignerOf = (actor: Actor, ip: string | null): Assigner => ({
  userId: actor.userId,
  label: actor.label,
  ip,
});

export async function assignLicense(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  input: { email: string; quantity: number },
  ip: string | null,
) {
  const outgoing = noOutgoing();
  const id = await inTransaction(ctx.db, (trx) =>
    assignInTransaction(
      ctx,
      trx,
      { organizationId: actor.organizationId, licenseId, ...input, by: assignerOf(actor, ip) },
      outgoing,
    ),
  );
  return changed(ctx, actor, licenseId, id, outgoing);
}

/** Changes the seats of an assignment, or moves it to another person (re-assignment). */
export async function changeAssignment(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  assignmentId: number,
  input: { email?: string; quantity?: number },
  ip: string | null,
): Promise<AssignmentChanged> {
  const outgoing = noOutgoing();
  const by = assignerOf(actor, ip);
  await inTransaction(ctx.db, async (trx) => {
    const now = ctx.now();
    const license = await loadLicense(trx, actor.organizationId, licenseId);
    const current = await queries.findAssignment(
      trx,
      actor.organizationId,
      licenseId,
      assignmentId,
      now.toISOString(),
    );
    if (!current) throw notFound('assignment');
    const quantity = input.quantity ?? current.quantity;
    const moves = input.email !== undefined && input.email.trim().toLowerCase() !== current.email;
    const assignee = moves
      ? await resolveAssignee(ctx, trx, actor.organizationId, input.email!, by, outgoing)
      : null;
    if (assignee) {
      const taken = await queries.findAssigneeAssignment(
        trx,
        actor.organizationId,
        licenseId,
        assignee.userId !== null
          ? { userId: assignee.userId }
          : { invitationId: assignee.invitationId! },
      );
      if (taken)
        throw conflict(
          'already_assigned',
          `${assignee.name} already has ${seats(taken.quantity)} of this license. Change that assignment instead.`,
        );
    }
    await checkQuantity(trx, license, quantity, assignmentId);
    const target = assignee ?? {
      userId: current.user_id,
      invitationId: current.invitation_id,
      email: current.email,
      name: nameOf(current),
    };
    await queries.updateAssignment(trx, actor.organizationId, assignmentId, {
      quantity,
      user_id: target.userId,
      invitation_id: target.invitationId,
      email: target.email,
      assigned_by_label: by.label,
      assigned_at: now.toISOString(),
    });
    const message = assignee
      ? `${by.label} re-assigned ${seats(quantity)} of ${what(license)} from ${nameOf(current)} to ${assignee.name}${invitedNote(assignee)}`
      : `${by.label} changed the seats of ${what(license)} assigned to ${nameOf(current)} from ${current.quantity} to ${quantity}`;
    await auditAssignment(trx, by, license, {
      action: assignee ? 'license.reassigned' : 'license.assignment_changed',
      message,
      assignmentId,
      metadata: {
        from: { email: current.email, quantity: current.quantity },
        to: { email: target.email, quantity },
      },
      at: now,
    });
    if (assignee && current.user_id !== null)
      await queueAssignmentMail(ctx, trx, outgoing, {
        license,
        to: current.email,
        quantity: 0,
        changedBy: by.label,
      });
    if (target.userId !== null)
      await queueAssignmentMail(ctx, trx, outgoing, {
        license,
        to: target.email,
        quantity,
        changedBy: by.label,
      });
  });
  return changed(ctx, actor, licenseId, assignmentId, outgoing);
}

export async function unassign(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  assignmentId: number,
  ip: string | null,
): Promise<AssignmentChanged> {
  const outgoing = noOutgoing();
  await inTransaction(ctx.db, async (trx) => {
    const license = await loadLicense(trx, actor.organizationId, licenseId);
    const row = await queries.findAssignment(
      trx,
      actor.organizationId,
      licenseId,
      assignmentId,
      ctx.now().toISOString(),
    );
    if (!row) throw notFound('assignment');
    await endAssignment(ctx, trx, license, row, assignerOf(actor, ip), 'unassigned', outgoing);
  });
  return changed(ctx, actor, licenseId, null, outgoing);
}

/** The Admin's switch: let anyone's activations use assigned seats, or keep them for their assignees. */
export async function setSharedSeats(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  shared: boolean,
  ip: string | null,
): Promise<LicenseAssignments> {
  await inTransaction(ctx.db, async (trx) => {
    const license = await loadLicense(trx, actor.organizationId, licenseId);
    if ((license.assigned_seats_shared === 1) === shared) return;
    await queries.setAssignedSeatsShared(trx, actor.organizationId, licenseId, shared);
    await auditAssignment(trx, assignerOf(actor, ip), license, {
      action: shared ? 'license.assigned_seats_shared' : 'license.assigned_seats_reserved',
      message: shared
        ? `${actor.label} let anyone use the assigned seats of ${what(license)}`
        : `${actor.label} kept the assigned seats of ${what(license)} for their assignees`,
      metadata: { shared },
      at: ctx.now(),
    });
  });
  return licenseAssignments(ctx, actor, licenseId);
}

export async function licenseAssignments(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
): Promise<LicenseAssignments> {
  const license = await queries.findAssignableLicense(ctx.db, actor.organizationId, licenseId);
  if (!license) throw notFound('license');
  const rows = await queries.listAssignments(
    ctx.db,
    actor.organizationId,
    licenseId,
    ctx.now().toISOString(),
  );
  const assignments = rows.map(presentAssignment);
  return {
    licenseId,
    productName: license.product_name,
    entitlementPublicId: license.entitlement_public_id,
    seats: license.seats,
    assigned: assignments.reduce((sum, a) => sum + a.quantity, 0),
    sharedSeats: license.assigned_seats_shared === 1,
    assignments,
  };
}
