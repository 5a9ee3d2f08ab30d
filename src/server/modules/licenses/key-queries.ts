import type { Db } from '../../db/database.js';

/** The license's encrypted key, with what the audit event names it by. */
export function findLicenseKey(db: Db, organizationId: number, licenseId: number) {
  return db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select(['licenses.key_ciphertext', 'licenses.key_last4', 'products.name as productName'])
    .where('licenses.organization_id', '=', organizationId)
    .where('licenses.id', '=', licenseId)
    .executeTakeFirst();
}
