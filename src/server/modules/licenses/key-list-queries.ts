import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type {
  LicenseKeySortColumn,
  LicenseKeyStatusFilter,
} from '../../../common/license-keys-api.js';
import type { SortDirection } from '../../../common/page.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { containsText, keysetPage, type KeysetPosition } from '../../db/list-queries.js';
import { isLive } from '../../licensing/public-api.js';
import { licenseAssignedTo, type AssigneeCondition } from './assignee-queries.js';
import { grantsFeature } from '../features/queries.js';

/** "Never expires" sorts last going up; the same text as the index licenses_org_expiry_sort (migration 013). */
export const NEVER_EXPIRES = '9999-12-31T23:59:59.999Z';

export const LICENSE_KEY_SORT_SQL: Record<LicenseKeySortColumn, ReturnType<typeof sql<string>>> = {
  addedAt: sql<string>`licenses.created_at`,
  expiresAt: sql<string>`coalesce(licenses.expires_at, ${sql.lit(NEVER_EXPIRES)})`,
  product: sql<string>`licenses.product_name`,
};

export interface LicenseKeyFilters {
  status?: LicenseKeyStatusFilter;
  productId?: number;
  /** Only licenses that grant this feature (a product feature's id), ended grants included. */
  featureId?: number;
  /** The end of the "expiring within N days" window (an instant). */
  expiringBefore?: string;
  /** Contained in the entitlement id, or in the key's last four characters. */
  search?: { text: string; keySuffix: string | undefined };
  assigned?: AssigneeCondition;
}

type LicenseRow = ExpressionBuilder<Database, 'licenses'>;

/** The status filter's meaning at `now`; "active" is the Dashboard's Active Licenses. */
const STATUS_FILTER: Record<
  LicenseKeyStatusFilter,
  (eb: LicenseRow, now: string) => Expression<SqlBool>
> = {
  active: (eb, now) =>
    eb.and([
      eb('licenses.status', '=', 'active'),
      eb.or([eb('licenses.expires_at', 'is', null), eb('licenses.expires_at', '>', now)]),
    ]),
  expired: (eb, now) =>
    eb.and([eb('licenses.status', '=', 'active'), eb('licenses.expires_at', '<=', now)]),
  suspended: (eb) => eb('licenses.status', '=', 'suspended'),
  revoked: (eb) => eb('licenses.status', '=', 'revoked'),
};

/** One page of the organization's licenses, each with its product and entitlement labels. */
export function listLicenseKeys(
  db: Db,
  organizationId: number,
  filters: LicenseKeyFilters,
  now: string,
  order: { sortBy: (typeof LICENSE_KEY_SORT_SQL)[LicenseKeySortColumn]; direction: SortDirection },
  position: KeysetPosition | undefined,
  pageSize: number,
) {
  const { status, productId, featureId, expiringBefore, search, assigned } = filters;
  const query = db
    .selectFrom('licenses')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select([
      'licenses.id as licenseId',
      'licenses.status',
      'licenses.key_last4',
      'licenses.seats',
      'licenses.expires_at as expiresAt',
      'licenses.created_at as addedAt',
      'entitlements.id as entitlementId',
      'entitlements.public_id as entitlementPublicId',
      'products.id as productId',
      'products.name as productName',
    ])
    .where('licenses.organization_id', '=', organizationId)
    .$if(status !== undefined, (qb) => qb.where((eb) => STATUS_FILTER[status!](eb, now)))
    .$if(productId !== undefined, (qb) => qb.where('licenses.product_id', '=', productId!))
    .$if(assigned !== undefined, (qb) => qb.where((eb) => licenseAssignedTo(eb, assigned!)))
    .$if(featureId !== undefined, (qb) =>
      qb.where((eb) => grantsFeature(eb, organizationId, featureId!)),
    )
    .$if(expiringBefore !== undefined, (qb) =>
      qb
        .where('licenses.status', '=', 'active')
        .where('licenses.expires_at', '>', now)
        .where('licenses.expires_at', '<=', expiringBefore!),
    )
    .$if(search !== undefined, (qb) =>
      qb.where((eb) =>
        eb.or([
          containsText(eb.ref('entitlements.public_id'), search!.text),
          ...(search!.keySuffix
            ? [containsText(eb.ref('licenses.key_last4'), search!.keySuffix)]
            : []),
        ]),
      ),
    );
  return keysetPage(
    query,
    { sortBy: order.sortBy, id: 'licenses.id', direction: order.direction },
    position,
    pageSize,
  ).execute();
}

/** Seats held by live activations, per license of the page (index activations_license_live). */
export async function liveSeatsOf(
  db: Db,
  organizationId: number,
  licenseIds: number[],
  now: string,
): Promise<Map<number, number>> {
  if (licenseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('activations')
    .select((eb) => [
      'activations.license_id',
      eb.fn.sum<number>('activations.quantity').as('seats'),
    ])
    .where('activations.organization_id', '=', organizationId)
    .where('activations.license_id', 'in', licenseIds)
    .where(isLive(now))
    .groupBy('activations.license_id')
    .execute();
  return new Map(rows.map((row) => [row.license_id, Number(row.seats)]));
}
