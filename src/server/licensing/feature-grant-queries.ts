import type { ExpressionBuilder } from 'kysely';
import type { GrantedFeature } from '../../common/license-features.js';
import type { Db } from '../db/database.js';
import { jsonArrayFrom } from '../db/json-array.js';
import type { Database } from '../db/schema.js';

/** A license's grants with their feature's definition (migration 010, decision 087). */
function grantRows(db: Db, organizationId: number) {
  return db
    .selectFrom('license_features')
    .innerJoin('product_features', 'product_features.id', 'license_features.feature_id')
    .select([
      'license_features.license_id',
      'license_features.limit_value',
      'license_features.expires_at',
      'product_features.code',
      'product_features.name',
      'product_features.kind',
      'product_features.unit',
    ])
    .where('license_features.organization_id', '=', organizationId);
}

type GrantRow = Awaited<ReturnType<ReturnType<typeof grantRows>['execute']>>[number];

const presentGrant = (row: GrantRow): GrantedFeature => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  unit: row.unit,
  limit: row.limit_value,
  expiresAt: row.expires_at,
});

/**
 * For a query over `licenses`: every feature the license grants, ended ones too, as one JSON
 * column in the answer's shape, unordered (queries.ts orders them by code). Validation reads them with the license in one
 * statement (the licensing benchmark: a second statement cost validate a sixth of its time).
 */
export function grantsOfEachLicense(db: Db, eb: ExpressionBuilder<Database, 'licenses'>) {
  return jsonArrayFrom(
    db,
    eb
      .selectFrom('license_features')
      .innerJoin('product_features', 'product_features.id', 'license_features.feature_id')
      .select([
        'product_features.code',
        'product_features.name',
        'product_features.kind',
        'product_features.unit',
        'license_features.limit_value as limit',
        'license_features.expires_at as expiresAt',
      ])
      // By the license alone, whose organization the grants share: SQLite would otherwise
      // search the organization's index rather than the license's.
      .whereRef('license_features.license_id', '=', 'licenses.id'),
  );
}

/** Every feature one license grants, ended ones too, by code. */
export async function featuresOfLicense(
  db: Db,
  organizationId: number,
  licenseId: number,
): Promise<GrantedFeature[]> {
  const rows = await grantRows(db, organizationId)
    .where('license_features.license_id', '=', licenseId)
    .orderBy('product_features.code')
    .execute();
  return rows.map(presentGrant);
}

/** The features of several licenses of one organization (a panel's lines), by feature name. */
export async function featuresOfLicenses(
  db: Db,
  organizationId: number,
  licenseIds: number[],
): Promise<Map<number, GrantedFeature[]>> {
  const byLicense = new Map<number, GrantedFeature[]>();
  if (licenseIds.length === 0) return byLicense;
  const rows = await grantRows(db, organizationId)
    .where('license_features.license_id', 'in', licenseIds)
    .orderBy('product_features.name')
    .orderBy('product_features.id')
    .execute();
  for (const row of rows)
    byLicense.set(row.license_id, [...(byLicense.get(row.license_id) ?? []), presentGrant(row)]);
  return byLicense;
}

/** Names of the product's features with these codes (a refusal names a feature the license lacks). */
export function declaredFeatures(db: Db, productId: number, codes: string[]) {
  return db
    .selectFrom('product_features')
    .select(['code', 'name'])
    .where('product_id', '=', productId)
    .where('code', 'in', codes)
    .execute();
}
