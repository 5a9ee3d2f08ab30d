import type { AppContext } from '../../src/server/context.js';
import { userIdOf } from './portal-fixtures.js';

/** Northwind assignments and a renewable license the assignment and renewal routes name in the authorization walk. */
export async function assignmentRouteIds(
  ctx: AppContext,
  organizationId: number,
  licenseId: number,
) {
  const assign = async (email: string) =>
    (
      await ctx.db
        .insertInto('license_assignments')
        .values({
          organization_id: organizationId,
          license_id: licenseId,
          user_id: await userIdOf(ctx, email),
          email,
          quantity: 1,
          assigned_by_label: 'Route case',
          assigned_at: ctx.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const now = ctx.now();
  const soon = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  const renewable = await ctx.db
    .selectFrom('licenses')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .where('expires_at', '<=', soon)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return {
    /** Priya stays a member through the walk. */
    changeAssignmentId: await assign('priya.patel@northwind.example'),
    removeAssignmentId: await assign('alice.admin@northwind.example'),
    renewableLicenseId: renewable.id,
  };
}
