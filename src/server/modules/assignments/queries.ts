import type { Db } from '../../db/database.js';
import type { NewRow } from '../../db/schema.js';
import { isLive } from '../../licensing/public-api.js';

/** The license as assignment needs it, in the member's organization. */
export function findAssignableLicense(db: Db, organizationId: number, licenseId: number) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select([
      'licenses.id',
      'licenses.organization_id',
      'licenses.seats',
      'licenses.assigned_seats_shared',
      'products.name as product_name',
      'entitlements.public_id as entitlement_public_id',
      'organizations.name as organization_name',
    ])
    .where('licenses.organization_id', '=', organizationId)
    .where('licenses.id', '=', licenseId)
    .executeTakeFirst();
}

export type AssignableLicense = NonNullable<Awaited<ReturnType<typeof findAssignableLicense>>>;

function assignments(db: Db, organizationId: number, now: string) {
  return db
    .selectFrom('license_assignments')
    .leftJoin('users', 'users.id', 'license_assignments.user_id')
    .select((eb) => [
      'license_assignments.id',
      'license_assignments.license_id',
      'license_assignments.user_id',
      'license_assignments.invitation_id',
      'license_assignments.email',
      'license_assignments.quantity',
      'license_assignments.assigned_at',
      'license_assignments.assigned_by_label',
      'users.first_name',
      'users.last_name',
      eb
        .selectFrom('activations')
        .select((inner) =>
          inner.fn.coalesce(inner.fn.sum<number>('activations.quantity'), inner.lit(0)).as('seats'),
        )
        .whereRef('activations.license_id', '=', 'license_assignments.license_id')
        .whereRef('activations.activated_by_user_id', '=', 'license_assignments.user_id')
        .where(isLive(now))
        .as('in_use'),
    ])
    .where('license_assignments.organization_id', '=', organizationId);
}

export type AssignmentRow = Awaited<
  ReturnType<ReturnType<typeof assignments>['executeTakeFirstOrThrow']>
>;

export function listAssignments(db: Db, organizationId: number, licenseId: number, now: string) {
  return assignments(db, organizationId, now)
    .where('license_assignments.license_id', '=', licenseId)
    .orderBy('license_assignments.id')
    .execute();
}

export function findAssignment(
  db: Db,
  organizationId: number,
  licenseId: number,
  assignmentId: number,
  now: string,
) {
  return assignments(db, organizationId, now)
    .where('license_assignments.license_id', '=', licenseId)
    .where('license_assignments.id', '=', assignmentId)
    .executeTakeFirst();
}

export function assignmentsOfUser(db: Db, organizationId: number, userId: number, now: string) {
  return assignments(db, organizationId, now)
    .where('license_assignments.user_id', '=', userId)
    .orderBy('license_assignments.id')
    .execute();
}

export function assignmentsOfInvitation(
  db: Db,
  organizationId: number,
  invitationId: number,
  now: string,
) {
  return assignments(db, organizationId, now)
    .where('license_assignments.invitation_id', '=', invitationId)
    .orderBy('license_assignments.id')
    .execute();
}

/** Seats of the license assigned to anyone but `exceptId`. */
export async function assignedSeats(
  db: Db,
  organizationId: number,
  licenseId: number,
  exceptId?: number,
): Promise<number> {
  const row = await db
    .selectFrom('license_assignments')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('seats'))
    .where('organization_id', '=', organizationId)
    .where('license_id', '=', licenseId)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '<>', exceptId!))
    .executeTakeFirstOrThrow();
  return Number(row.seats);
}

export function findAssigneeAssignment(
  db: Db,
  organizationId: number,
  licenseId: number,
  assignee: { userId: number } | { invitationId: number },
) {
  return db
    .selectFrom('license_assignments')
    .select(['id', 'quantity'])
    .where('organization_id', '=', organizationId)
    .where('license_id', '=', licenseId)
    .$call((qb) =>
      'userId' in assignee
        ? qb.where('user_id', '=', assignee.userId)
        : qb.where('invitation_id', '=', assignee.invitationId),
    )
    .executeTakeFirst();
}

export async function insertAssignment(
  db: Db,
  values: NewRow<'license_assignments'>,
): Promise<number> {
  return (
    await db
      .insertInto('license_assignments')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updateAssignment(
  db: Db,
  organizationId: number,
  assignmentId: number,
  values: {
    quantity: number;
    user_id: number | null;
    invitation_id: number | null;
    email: string;
    assigned_by_label: string;
    assigned_at: string;
  },
) {
  await db
    .updateTable('license_assignments')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', assignmentId)
    .execute();
}

export async function deleteAssignment(db: Db, organizationId: number, assignmentId: number) {
  await db
    .deleteFrom('license_assignments')
    .where('organization_id', '=', organizationId)
    .where('id', '=', assignmentId)
    .execute();
}

/** The invitation's assignments become the new member's, on acceptance. */
export async function claimInvitationAssignments(
  db: Db,
  organizationId: number,
  invitationId: number,
  userId: number,
) {
  await db
    .updateTable('license_assignments')
    .set({ user_id: userId, invitation_id: null })
    .where('organization_id', '=', organizationId)
    .where('invitation_id', '=', invitationId)
    .execute();
}

export async function setAssignedSeatsShared(
  db: Db,
  organizationId: number,
  licenseId: number,
  shared: boolean,
) {
  await db
    .updateTable('licenses')
    .set({ assigned_seats_shared: shared ? 1 : 0 })
    .where('organization_id', '=', organizationId)
    .where('id', '=', licenseId)
    .execute();
}

/** A member of the organization by email, or the open invitation of that email. */
export async function assigneeByEmail(db: Db, organizationId: number, email: string) {
  const member = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.first_name', 'users.last_name'])
    .where('memberships.organization_id', '=', organizationId)
    .where('users.email', '=', email)
    .executeTakeFirst();
  if (member) return { kind: 'member' as const, ...member };
  const invitation = await db
    .selectFrom('invitations')
    .select(['id', 'email'])
    .where('organization_id', '=', organizationId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return invitation ? { kind: 'invitation' as const, ...invitation } : undefined;
}

/** Licenses assigned to the member in the organization. */
export async function countAssignedLicenses(
  db: Db,
  organizationId: number,
  userId: number,
): Promise<number> {
  const row = await db
    .selectFrom('license_assignments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
