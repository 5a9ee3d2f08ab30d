import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';

/** The "Assigned to" filter after `me` is resolved: a user id, or licenses nobody is assigned. */
export type AssigneeCondition = { userId: number } | 'none';

/** Licenses (the `licenses` row in scope) that pass the Assigned to filter. */
export function licenseAssignedTo(
  eb: ExpressionBuilder<Database, 'licenses'>,
  condition: AssigneeCondition,
) {
  const assignments = eb
    .selectFrom('license_assignments')
    .select('license_assignments.id')
    .whereRef('license_assignments.license_id', '=', 'licenses.id');
  return condition === 'none'
    ? eb.not(eb.exists(assignments))
    : eb.exists(assignments.where('license_assignments.user_id', '=', condition.userId));
}

/** Products the organization holds a license of that passes the Assigned to filter. */
export function productAssignedTo(
  eb: ExpressionBuilder<Database, 'products'>,
  organizationId: number,
  condition: AssigneeCondition,
) {
  return eb.exists(
    eb
      .selectFrom('licenses')
      .select('licenses.id')
      .where('licenses.organization_id', '=', organizationId)
      .whereRef('licenses.product_id', '=', 'products.id')
      .where((inner) => licenseAssignedTo(inner, condition)),
  );
}

/** Who the given licenses (or the organization's licenses of the given products) are assigned to. */
export function assigneesOf(
  db: Db,
  organizationId: number,
  of: { licenseIds: number[] } | { productIds: number[] },
) {
  const ids = 'licenseIds' in of ? of.licenseIds : of.productIds;
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('license_assignments')
    .innerJoin('licenses', 'licenses.id', 'license_assignments.license_id')
    .leftJoin('users', 'users.id', 'license_assignments.user_id')
    .select([
      'license_assignments.license_id as licenseId',
      'licenses.product_id as productId',
      'license_assignments.user_id as userId',
      'license_assignments.email',
      'license_assignments.quantity',
      'users.first_name as firstName',
      'users.last_name as lastName',
    ])
    .where('license_assignments.organization_id', '=', organizationId)
    .$call((qb) =>
      'licenseIds' in of
        ? qb.where('licenses.id', 'in', ids)
        : qb.where('licenses.product_id', 'in', ids),
    )
    .orderBy('license_assignments.id')
    .execute();
}
