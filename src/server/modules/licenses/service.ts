import { effectiveLicenseStatus, entitlementExpiry } from '../../../common/license-status.js';
import type {
  EntitlementDateField,
  EntitlementDetail,
  EntitlementLineItem,
  EntitlementSearchScope,
  EntitlementSortColumn,
  FeatureChoice,
  LicenseProductDetail,
  LicenseProductItem,
  ProductSortColumn,
} from '../../../common/licenses-api.js';
import type { Page, SortDirection } from '../../../common/page.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { resolveDateRange, searchText } from '../../http/list-query.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import {
  ENTITLEMENT_SORT_SQL,
  findEntitlement,
  listEntitlementLines,
  type EntitlementFilters,
} from './entitlement-queries.js';
import { grantedFeaturesOf } from '../features/queries.js';
import { licenseLines } from './license-line-queries.js';
import { assigneeCondition, assigneesBy } from './assignees.js';
import { findProduct, listProducts as queryProducts, PRODUCT_SORT_SQL } from './product-queries.js';

interface ListPage<Sort> {
  q?: string;
  /** Assigned to: me, none or a user id. */
  assigned?: string;
  sort?: Sort;
  direction?: SortDirection;
  cursor?: string;
  limit: number;
}

export async function listProducts(
  ctx: AppContext,
  actor: Actor,
  query: ListPage<ProductSortColumn>,
): Promise<Page<LicenseProductItem>> {
  const sort = query.sort ?? 'name';
  const rows = await queryProducts(
    ctx.db,
    actor.organizationId,
    searchText(query.q),
    assigneeCondition(actor, query.assigned),
    { sortBy: PRODUCT_SORT_SQL[sort], direction: query.direction ?? 'asc' },
    decodeCursor(query.cursor),
    query.limit,
  );
  const assignees = await assigneesBy(ctx.db, actor, {
    productIds: rows.map((row) => row.productId),
  });
  return toPage(
    rows,
    query.limit,
    (row) => ({ sortValue: row[sort], id: row.productId }),
    ({ productId, name, licenseType, description }) => ({
      productId,
      name,
      licenseType,
      description,
      assignees: assignees.get(productId) ?? [],
    }),
  );
}

export async function productDetail(
  ctx: AppContext,
  actor: Actor,
  productId: number,
): Promise<LicenseProductDetail> {
  const product = await findProduct(ctx.db, actor.organizationId, productId);
  if (!product) throw notFound('product');
  return { product, lines: await licenseLines(ctx.db, actor, { productId }, ctx.now()) };
}

export interface EntitlementListQuery extends ListPage<EntitlementSortColumn> {
  scope?: EntitlementSearchScope;
  dateField?: EntitlementDateField;
  from?: string;
  to?: string;
  feature?: number;
}

const SORT_VALUE: Record<EntitlementSortColumn, (row: EntitlementLineItem) => string> = {
  entitlementId: (row) => row.entitlementPublicId,
  salesOrder: (row) => row.salesOrder,
  product: (row) => row.productName,
  orderDate: (row) => row.orderDate,
  expiration: (row) => row.expiresAt ?? '9999-12-31',
  poNumber: (row) => row.poNumber ?? '',
};

/** Order dates are calendar days; expirations are instants, so their days count in the member's zone. */
function dateFilter(query: EntitlementListQuery, timeZone: string): EntitlementFilters['dates'] {
  if (!query.from && !query.to) return undefined;
  if (query.from && query.to && query.from > query.to)
    throw badRequest('The start date is after the end date.', { from: 'is after the end date' });
  if (query.dateField !== 'expiration')
    return { field: 'orderDate', from: query.from, to: query.to };
  return { field: 'expiration', ...resolveDateRange(query, timeZone) };
}

export async function listEntitlements(
  ctx: AppContext,
  actor: Actor,
  timeZone: string,
  query: EntitlementListQuery,
): Promise<Page<EntitlementLineItem>> {
  const dates = dateFilter(query, timeZone);
  const text = searchText(query.q);
  const sort = query.sort ?? 'orderDate';
  const now = ctx.now();
  const rows = await listEntitlementLines(
    ctx.db,
    actor.organizationId,
    {
      search: text ? { scope: query.scope ?? 'entitlementId', text } : undefined,
      dates,
      assigned: assigneeCondition(actor, query.assigned),
      featureId: query.feature,
    },
    { sortBy: ENTITLEMENT_SORT_SQL[sort], direction: query.direction ?? 'desc' },
    decodeCursor(query.cursor),
    query.limit,
  );
  const assignees = await assigneesBy(ctx.db, actor, {
    licenseIds: rows.map((row) => row.licenseId),
  });
  const items = rows.map((row) => ({
    ...row,
    status: effectiveLicenseStatus(row.status, row.expiresAt, now),
    assignees: assignees.get(row.licenseId) ?? [],
  }));
  return toPage(
    items,
    query.limit,
    (row) => ({ sortValue: SORT_VALUE[sort](row), id: row.licenseId }),
    (row) => row,
  );
}

export async function entitlementDetail(
  ctx: AppContext,
  actor: Actor,
  entitlementId: number,
): Promise<EntitlementDetail> {
  const entitlement = await findEntitlement(ctx.db, actor.organizationId, entitlementId);
  if (!entitlement) throw notFound('entitlement');
  const licenses = await licenseLines(ctx.db, actor, { entitlementId }, ctx.now());
  return {
    entitlementId: entitlement.id,
    publicId: entitlement.public_id,
    orderDate: entitlement.order_date,
    salesOrder: entitlement.sales_order,
    poNumber: entitlement.po_number,
    expiresAt: entitlementExpiry(licenses.map((line) => line.expiresAt)),
    totalAvailable: licenses.reduce((sum, line) => sum + line.available, 0),
    licenses,
  };
}

/** The features the organization's licenses grant: the choices of the "licenses with feature" filter. */
export async function listGrantedFeatures(ctx: AppContext, actor: Actor): Promise<FeatureChoice[]> {
  const rows = await grantedFeaturesOf(ctx.db, actor.organizationId);
  return rows.map((row) => ({
    featureId: row.id,
    code: row.code,
    name: row.name,
    productName: row.product_name,
  }));
}
