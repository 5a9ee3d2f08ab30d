import type { Db } from '../db/database.js';
import type { NewRow } from '../db/schema.js';
import type { Trx } from '../db/transaction.js';

// The rows of the demo world, inserted as they are; demo-seed.ts decides what they say.

export async function hasAnyOrganization(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst());
}

export const insertOrganization = (trx: Trx, values: NewRow<'organizations'>) =>
  trx.insertInto('organizations').values(values).returning('id').executeTakeFirstOrThrow();

export const insertUser = (trx: Trx, values: NewRow<'users'>) =>
  trx.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();

export const insertMembership = (trx: Trx, values: NewRow<'memberships'>) =>
  trx.insertInto('memberships').values(values).execute();

export const insertInvitation = (trx: Trx, values: NewRow<'invitations'>) =>
  trx.insertInto('invitations').values(values).returning('id').executeTakeFirstOrThrow();

export const insertProduct = (trx: Trx, values: NewRow<'products'>) =>
  trx.insertInto('products').values(values).returning('id').executeTakeFirstOrThrow();

export const insertProductFeature = (trx: Trx, values: NewRow<'product_features'>) =>
  trx.insertInto('product_features').values(values).returning('id').executeTakeFirstOrThrow();

export const insertLicenseFeature = (trx: Trx, values: NewRow<'license_features'>) =>
  trx.insertInto('license_features').values(values).execute();

export const insertEntitlement = (trx: Trx, values: NewRow<'entitlements'>) =>
  trx.insertInto('entitlements').values(values).returning('id').executeTakeFirstOrThrow();

export const insertLicense = (trx: Trx, values: NewRow<'licenses'>) =>
  trx.insertInto('licenses').values(values).returning('id').executeTakeFirstOrThrow();

export const insertActivation = (trx: Trx, values: NewRow<'activations'>) =>
  trx.insertInto('activations').values(values).returning('id').executeTakeFirstOrThrow();

export const insertRelease = (trx: Trx, values: NewRow<'releases'>) =>
  trx.insertInto('releases').values(values).returning('id').executeTakeFirstOrThrow();

export const insertArtifact = (trx: Trx, values: NewRow<'artifacts'>) =>
  trx.insertInto('artifacts').values(values).execute();

/** The licenses of an entitlement in the order the seed added them (its lines), with what an activation copies. */
export const entitlementLinesOf = (trx: Trx, publicId: string) =>
  trx
    .selectFrom('licenses')
    .innerJoin('entitlements', 'entitlements.id', 'licenses.entitlement_id')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select([
      'licenses.id',
      'licenses.organization_id',
      'licenses.product_id',
      'licenses.entitlement_id',
      'licenses.key_last4',
      'products.name',
      'products.activation_kind',
    ])
    .where('entitlements.public_id', '=', publicId)
    .orderBy('licenses.id')
    .execute();
