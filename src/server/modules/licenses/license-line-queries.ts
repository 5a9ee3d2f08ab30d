import { canActivateSeats, effectiveLicenseStatus } from '../../../common/license-status.js';
import type { LicenseLine } from '../../../common/licenses-api.js';
import { maskLicenseKey } from '../../crypto/license-keys.js';
import type { Db } from '../../db/database.js';
import { featuresOfLicenses, isLive } from '../../licensing/public-api.js';
import type { Actor } from '../../authz/policy.js';
import { assigneesBy } from './assignees.js';

/** The organization's licenses of one product or one entitlement, with their live seats, features and assignees. */
export async function licenseLines(
  db: Db,
  actor: Actor,
  of: { productId: number } | { entitlementId: number },
  now: Date,
): Promise<LicenseLine[]> {
  const organizationId = actor.organizationId;
  const rows = await db
    .selectFrom('licenses')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select((eb) => [
      'licenses.id as licenseId',
      'licenses.seats',
      'licenses.status',
      'licenses.expires_at as expiresAt',
      'licenses.key_last4',
      'products.id as productId',
      'products.name as productName',
      'products.description',
      'products.license_type as licenseType',
      'products.deployment_type as deploymentType',
      'products.activation_kind as activationKind',
      'entitlements.id as entitlementId',
      'entitlements.public_id as entitlementPublicId',
      'entitlements.order_date as orderDate',
      'entitlements.sales_order as salesOrder',
      'entitlements.po_number as poNumber',
      eb.fn
        .coalesce(
          'products.renewal_email',
          eb
            .selectFrom('vendor_contact')
            .select('vendor_contact.renewal_email')
            .where('vendor_contact.id', '=', 1),
        )
        .as('renewalEmail'),
      eb
        .selectFrom('activations')
        .select((inner) =>
          inner.fn.coalesce(inner.fn.sum<number>('activations.quantity'), inner.lit(0)).as('seats'),
        )
        .whereRef('activations.license_id', '=', 'licenses.id')
        .where(isLive(now.toISOString()))
        .as('activated'),
    ])
    .where('licenses.organization_id', '=', organizationId)
    .$call((qb) =>
      'productId' in of
        ? qb.where('licenses.product_id', '=', of.productId)
        : qb.where('licenses.entitlement_id', '=', of.entitlementId),
    )
    .orderBy('entitlements.order_date', 'desc')
    .orderBy('products.name')
    .orderBy('licenses.id')
    .execute();
  const licenseIds = rows.map((row) => row.licenseId);
  const [assignees, features] = await Promise.all([
    assigneesBy(db, actor, { licenseIds }),
    featuresOfLicenses(db, organizationId, licenseIds),
  ]);
  return rows.map(({ seats, key_last4, activated, status, renewalEmail, ...row }) => {
    const live = Number(activated ?? 0);
    const effective = effectiveLicenseStatus(status, row.expiresAt, now);
    return {
      ...row,
      assignees: assignees.get(row.licenseId) ?? [],
      renewalRequestable: Boolean(renewalEmail),
      available: seats,
      activated: live,
      unactivated: canActivateSeats(effective) ? Math.max(0, seats - live) : 0,
      status: effective,
      maskedKey: maskLicenseKey(key_last4),
      features: features.get(row.licenseId) ?? [],
    };
  });
}
