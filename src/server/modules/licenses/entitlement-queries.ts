import { sql } from 'kysely';
import type { EntitlementDateField, EntitlementSearchScope } from '../../../common/licenses-api.js';
import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';

/** Nullable columns sort as if empty (PO number) or never ending (expiration), so keyset bounds stay non-null. */
export const ENTITLEMENT_SORT_SQL = {
  entitlementId: sql<string>`entitlements.public_id`,
  salesOrder: sql<string>`entitlements.sales_order`,
  product: sql<string>`products.name`,
  orderDate: sql<string>`entitlements.order_date`,
  expiration: sql<string>`coalesce(entitlements.expires_on, '9999-12-31')`,
  poNumber: sql<string>`coalesce(entitlements.po_number, '')`,
} as const;

const SEARCH_COLUMN = {
  entitlementId: 'entitlements.public_id',
  salesOrder: 'entitlements.sales_order',
  poNumber: 'entitlements.po_number',
} as const;

const DATE_COLUMN = { orderDate: 'entitlements.order_date', expiration: 'entitlements.expires_on' } as const;

export interface EntitlementFilters {
  search?: { scope: EntitlementSearchScope; text: string };
  /** Calendar days, inclusive. */
  dates?: { field: EntitlementDateField; from?: string; to?: string };
  /** Only licenses that grant this feature (a product feature's id), ended grants included. */
  featureId?: number;
}

function linesOf(db: Db, organizationId: number) {
  return db
    .selectFrom('licenses')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select([
      'licenses.id as licenseId',
      'licenses.status',
      'licenses.expires_at as expiresAt',
      'licenses.seats as totalAvailable',
      'entitlements.id as entitlementId',
      'entitlements.public_id as entitlementPublicId',
      'entitlements.sales_order as salesOrder',
      'entitlements.order_date as orderDate',
      'entitlements.expires_on as expiresOn',
      'entitlements.po_number as poNumber',
      'products.name as productName',
      'products.description as productDescription',
    ])
    .where('licenses.organization_id', '=', organizationId);
}

export function listEntitlementLines(
  db: Db,
  organizationId: number,
  filters: EntitlementFilters,
  order: { sortBy: (typeof ENTITLEMENT_SORT_SQL)[keyof typeof ENTITLEMENT_SORT_SQL]; direction: SortDirection },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = linesOf(db, organizationId);
  const { search, dates, featureId } = filters;
  if (search) query = query.where((eb) => containsText(eb.ref(SEARCH_COLUMN[search.scope]), search.text));
  if (dates?.from) query = query.where(DATE_COLUMN[dates.field], '>=', dates.from);
  if (dates?.to) query = query.where(DATE_COLUMN[dates.field], '<=', dates.to);
  if (featureId !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('license_features')
          .select('license_features.id')
          .where('license_features.organization_id', '=', organizationId)
          .where('license_features.feature_id', '=', featureId)
          .whereRef('license_features.license_id', '=', 'licenses.id'),
      ),
    );
  }
  return keysetPage(query, { sortBy: order.sortBy, id: 'licenses.id', direction: order.direction }, position, pageSize).execute();
}

export function findEntitlement(db: Db, organizationId: number, entitlementId: number) {
  return db
    .selectFrom('entitlements')
    .select(['id', 'public_id', 'order_date', 'sales_order', 'po_number', 'expires_on'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', entitlementId)
    .executeTakeFirst();
}
