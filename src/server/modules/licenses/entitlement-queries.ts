import { sql } from 'kysely';
import type { EntitlementSearchScope } from '../../../common/licenses-api.js';
import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';
import { licenseAssignedTo, type AssigneeCondition } from './assignee-queries.js';
import { grantsFeature } from '../features/queries.js';

/**
 * Nullable columns sort as if empty (PO number) or never ending (expiration), so keyset bounds stay non-null.
 * A line is one license: its expiration is the license's own (decision 074), not the order's.
 */
export const ENTITLEMENT_SORT_SQL = {
  entitlementId: sql<string>`entitlements.public_id`,
  salesOrder: sql<string>`entitlements.sales_order`,
  product: sql<string>`products.name`,
  orderDate: sql<string>`entitlements.order_date`,
  expiration: sql<string>`coalesce(licenses.expires_at, '9999-12-31')`,
  poNumber: sql<string>`coalesce(entitlements.po_number, '')`,
} as const;

const SEARCH_COLUMN = {
  entitlementId: 'entitlements.public_id',
  salesOrder: 'entitlements.sales_order',
  poNumber: 'entitlements.po_number',
} as const;

export interface EntitlementFilters {
  search?: { scope: EntitlementSearchScope; text: string };
  /** Order dates are calendar days, inclusive; expirations are instants [from, before) in the member's zone. */
  dates?:
    | { field: 'orderDate'; from?: string; to?: string }
    | { field: 'expiration'; from?: string; before?: string };
  assigned?: AssigneeCondition;
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
  order: {
    sortBy: (typeof ENTITLEMENT_SORT_SQL)[keyof typeof ENTITLEMENT_SORT_SQL];
    direction: SortDirection;
  },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  let query = linesOf(db, organizationId);
  const { search, dates, featureId, assigned } = filters;
  if (assigned) query = query.where((eb) => licenseAssignedTo(eb, assigned));
  if (search)
    query = query.where((eb) => containsText(eb.ref(SEARCH_COLUMN[search.scope]), search.text));
  if (dates?.field === 'orderDate') {
    if (dates.from) query = query.where('entitlements.order_date', '>=', dates.from);
    if (dates.to) query = query.where('entitlements.order_date', '<=', dates.to);
  } else if (dates) {
    if (dates.from) query = query.where('licenses.expires_at', '>=', dates.from);
    if (dates.before) query = query.where('licenses.expires_at', '<', dates.before);
  }
  if (featureId !== undefined)
    query = query.where((eb) => grantsFeature(eb, organizationId, featureId));
  return keysetPage(
    query,
    { sortBy: order.sortBy, id: 'licenses.id', direction: order.direction },
    position,
    pageSize,
  ).execute();
}

export function findEntitlement(db: Db, organizationId: number, entitlementId: number) {
  return db
    .selectFrom('entitlements')
    .select(['id', 'public_id', 'order_date', 'sales_order', 'po_number'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', entitlementId)
    .executeTakeFirst();
}
