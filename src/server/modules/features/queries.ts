import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { licenseAssignedTo } from '../licenses/assignee-queries.js';

/** For a query over `licenses`: the license grants the feature (a product feature's id), ended grants included. */
export function grantsFeature(
  eb: ExpressionBuilder<Database, 'licenses'>,
  organizationId: number,
  featureId: number,
) {
  return eb.exists(
    eb
      .selectFrom('license_features')
      .select('license_features.id')
      .where('license_features.organization_id', '=', organizationId)
      .where('license_features.feature_id', '=', featureId)
      .whereRef('license_features.license_id', '=', 'licenses.id'),
  );
}

/**
 * Grants ending in (now, cutoff], soonest first, with their license's labels (the Dashboard);
 * with `assignedTo`, only those of licenses assigned to that member.
 */
export function grantsEndingBetween(
  db: Db,
  organizationId: number,
  now: string,
  cutoff: string,
  limit: number,
  assignedTo?: number,
) {
  return db
    .selectFrom('license_features')
    .innerJoin('product_features', 'product_features.id', 'license_features.feature_id')
    .innerJoin('licenses', 'licenses.id', 'license_features.license_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .select([
      'license_features.id as grant_id',
      'license_features.expires_at',
      'product_features.name',
      'products.name as product_name',
      'entitlements.id as entitlement_id',
      'entitlements.public_id',
      'entitlements.sales_order',
    ])
    .where('license_features.organization_id', '=', organizationId)
    .where('license_features.expires_at', '>', now)
    .where('license_features.expires_at', '<=', cutoff)
    .$if(assignedTo !== undefined, (qb) =>
      qb.where((eb) => licenseAssignedTo(eb, { userId: assignedTo! })),
    )
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
    .select([
      'product_features.id',
      'product_features.code',
      'product_features.name',
      'products.name as product_name',
    ])
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
