import type { Db } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';

/** A license's grants with their feature's definition; every read of grants goes through it. */
function grantRows(db: Db, organizationId: number) {
  return db
    .selectFrom('license_features')
    .innerJoin('product_features', 'product_features.id', 'license_features.feature_id')
    .select([
      'license_features.license_id',
      'license_features.limit_value',
      'license_features.expires_at',
      'product_features.id as feature_id',
      'product_features.code',
      'product_features.name',
      'product_features.kind',
      'product_features.unit',
    ])
    .where('license_features.organization_id', '=', organizationId);
}

export type GrantRow = Awaited<ReturnType<ReturnType<typeof grantRows>['execute']>>[number];

/** Validation asks on every start of the software: compiled once, a named statement on PostgreSQL. */
const grantsOfOneLicense = preparedQuery(
  (db, organizationId: number, licenseId: number) =>
    grantRows(db, organizationId).where('license_features.license_id', '=', licenseId).orderBy('product_features.code'),
  2,
);

export function grantsOfLicense(db: Db, organizationId: number, licenseId: number): Promise<GrantRow[]> {
  return grantsOfOneLicense(db, organizationId, licenseId);
}

/** The grants of several licenses of one organization (a panel's lines), by feature name. */
export function grantsOfLicenses(db: Db, organizationId: number, licenseIds: number[]): Promise<GrantRow[]> {
  if (licenseIds.length === 0) return Promise.resolve([]);
  return grantRows(db, organizationId)
    .where('license_features.license_id', 'in', licenseIds)
    .orderBy('product_features.name')
    .orderBy('product_features.id')
    .execute();
}

/** Grants ending in (now, cutoff], soonest first, with their license's labels (the Dashboard). */
export function grantsEndingBetween(db: Db, organizationId: number, now: string, cutoff: string, limit: number) {
  return grantRows(db, organizationId)
    .innerJoin('licenses', 'licenses.id', 'license_features.license_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select(['license_features.id as grant_id', 'products.name as product_name', 'entitlements.id as entitlement_id', 'entitlements.public_id', 'entitlements.sales_order'])
    .where('license_features.expires_at', '>', now)
    .where('license_features.expires_at', '<=', cutoff)
    .orderBy('license_features.expires_at')
    .orderBy('license_features.id')
    .limit(limit)
    .execute();
}

/** The features the organization's licenses grant, for the "licenses with feature" filter. */
export function grantedFeaturesOf(db: Db, organizationId: number) {
  return db
    .selectFrom('product_features')
    .innerJoin('products', 'products.id', 'product_features.product_id')
    .select(['product_features.id', 'product_features.code', 'product_features.name', 'products.name as product_name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('license_features')
          .select('license_features.id')
          .where('license_features.organization_id', '=', organizationId)
          .whereRef('license_features.feature_id', '=', 'product_features.id'),
      ),
    )
    .orderBy('product_features.name')
    .orderBy('products.name')
    .execute();
}

/** Names of the product's features with these codes (a refusal names a feature the license lacks). */
export function declaredFeatures(db: Db, productId: number, codes: string[]) {
  return db.selectFrom('product_features').select(['code', 'name']).where('product_id', '=', productId).where('code', 'in', codes).execute();
}
