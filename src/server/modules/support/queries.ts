import type { Db } from '../../db/database.js';

/**
 * A license with what a renewal request and a support request name, and the vendor's contact
 * for its product (the product's own, else the global one).
 */
export function findLicenseForSupport(db: Db, organizationId: number, licenseId: number) {
  const global = (column: 'support_email' | 'support_url' | 'renewal_email') =>
    db
      .selectFrom('vendor_contact')
      .select(`vendor_contact.${column}`)
      .where('vendor_contact.id', '=', 1);
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('organizations', 'organizations.id', 'licenses.organization_id')
    .select((eb) => [
      'licenses.id',
      'licenses.seats',
      'licenses.status',
      'licenses.expires_at',
      'licenses.key_last4',
      'licenses.open_seats',
      'products.name as product_name',
      'products.code as product_code',
      'entitlements.public_id as entitlement_public_id',
      'entitlements.sales_order',
      'entitlements.po_number',
      'organizations.name as organization_name',
      eb.fn.coalesce('products.support_email', global('support_email')).as('support_email'),
      eb.fn.coalesce('products.support_url', global('support_url')).as('support_url'),
      eb.fn.coalesce('products.renewal_email', global('renewal_email')).as('renewal_email'),
    ])
    .where('licenses.organization_id', '=', organizationId)
    .where('licenses.id', '=', licenseId)
    .executeTakeFirst();
}

export function organizationSupport(db: Db, organizationId: number) {
  return db
    .selectFrom('organizations')
    .leftJoin('vendor_contact', (join) => join.on('vendor_contact.id', '=', 1))
    .select(['organizations.name', 'vendor_contact.support_email', 'vendor_contact.support_url'])
    .where('organizations.id', '=', organizationId)
    .executeTakeFirstOrThrow();
}

/** The member asking, for the request's "Requested by". */
export function requesterOf(db: Db, organizationId: number, userId: number) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.email', 'users.first_name', 'users.last_name'])
    .where('memberships.organization_id', '=', organizationId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirstOrThrow();
}
