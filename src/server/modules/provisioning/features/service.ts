import { FEATURE_KIND_LABELS, type FeatureKind } from '../../../../common/license-features.js';
import type { AppContext } from '../../../context.js';
import type { Row } from '../../../db/schema.js';
import { inTransaction, type Trx } from '../../../db/transaction.js';
import { badRequest, conflict, notFound } from '../../../errors.js';
import { failOnDuplicate } from '../conflict.js';
import { changeLicense, getLicense } from '../licenses/service.js';
import type { VendorLicenseRow } from '../licenses/queries.js';
import type { VendorActor } from '../operation.js';
import { findProduct } from '../products/queries.js';
import { recordVendorAudit } from '../vendor-audit.js';
import * as queries from './queries.js';

export interface FeatureInput {
  code: string;
  name: string;
  kind: FeatureKind;
  unit?: string | null;
  description?: string;
}

export const presentFeature = (row: Row<'product_features'>) => ({
  id: row.id,
  productId: row.product_id,
  code: row.code,
  name: row.name,
  description: row.description,
  kind: row.kind,
  unit: row.unit,
  createdAt: row.created_at,
});

const noUnitOnSwitch = (kind: FeatureKind, unit: string | null | undefined) => {
  if (kind === 'switch' && unit)
    throw badRequest('An on/off feature has no unit.', { unit: 'only for limit features' });
};

/**
 * Feature definitions are vendor-wide, like products, so they have no organization's audit log;
 * granting, changing and removing them on a license is audited (decision 087).
 */
export async function createFeature(ctx: AppContext, productId: number, input: FeatureInput) {
  if (!(await findProduct(ctx.db, productId))) throw notFound('product');
  noUnitOnSwitch(input.kind, input.unit);
  const row = await failOnDuplicate(
    'code',
    `The product already has a feature ${input.code}.`,
    () =>
      queries.insertFeature(ctx.db, {
        product_id: productId,
        code: input.code,
        name: input.name,
        description: input.description ?? '',
        kind: input.kind,
        unit: input.unit ?? null,
        created_at: ctx.now().toISOString(),
      }),
  );
  return presentFeature(row);
}

export async function listFeatures(ctx: AppContext, productId: number) {
  if (!(await findProduct(ctx.db, productId))) throw notFound('product');
  return { items: (await queries.featuresOfProduct(ctx.db, productId)).map(presentFeature) };
}

export function updateFeature(
  ctx: AppContext,
  id: number,
  changes: Partial<Omit<FeatureInput, 'code'>>,
) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await queries.findFeature(trx, id);
    if (!current) throw notFound('feature');
    noUnitOnSwitch(
      changes.kind ?? current.kind,
      changes.unit === undefined ? current.unit : changes.unit,
    );
    const row = await queries.updateFeature(trx, id, {
      name: changes.name,
      description: changes.description,
      kind: changes.kind,
      unit: changes.kind === 'switch' ? null : changes.unit,
    });
    return presentFeature(row!);
  });
}

/** Only a feature no license grants can go: customers would lose it without an audit event. */
export function deleteFeature(ctx: AppContext, id: number) {
  return inTransaction(ctx.db, async (trx) => {
    const current = await queries.findFeature(trx, id);
    if (!current) throw notFound('feature');
    if (await queries.featureIsGranted(trx, id)) {
      throw conflict(
        'feature_in_use',
        `Licenses grant ${current.name}; remove it from them first.`,
      );
    }
    await queries.deleteFeature(trx, id);
    return { deleted: true as const, feature: presentFeature(current) };
  });
}

export interface GrantInput {
  limit?: number | null;
  expiresAt?: string | null;
}

async function featureOfLicense(trx: Trx, license: VendorLicenseRow, code: string) {
  const feature = await queries.findFeatureByCode(trx, license.product_id, code);
  if (!feature)
    throw badRequest(`${license.product_name} has no feature ${code}.`, {
      code: `is not a feature of ${license.product_code}`,
    });
  return feature;
}

function grantColumns(feature: Row<'product_features'>, input: GrantInput) {
  if (feature.kind === 'switch' && input.limit !== undefined && input.limit !== null) {
    throw badRequest(`${feature.name} is an on/off feature; it takes no limit.`, {
      limit: 'only for limit features',
    });
  }
  return {
    limit_value: input.limit,
    expires_at: input.expiresAt && new Date(input.expiresAt).toISOString(),
  };
}

/** A feature an entitlement line grants when it is created, with its own limit and end date. */
export type LineGrant = GrantInput & { code: string };

/**
 * The grants of a new license line, in the provisioning transaction: an unknown code or a limit
 * on an on/off feature names the line's field and rolls the whole entitlement back. Each grant
 * is audited like `license feature-grant`, so the customer reads "added FEA Solver to…".
 */
export async function grantLineFeatures(
  ctx: AppContext,
  trx: Trx,
  license: {
    id: number;
    organizationId: number;
    product: Pick<Row<'products'>, 'id' | 'code' | 'name'>;
    entitlementPublicId: string;
  },
  grants: LineGrant[],
  field: (index: number) => string,
  actor: VendorActor,
) {
  const now = ctx.now();
  for (const [index, grant] of grants.entries()) {
    const feature = await queries.findFeatureByCode(trx, license.product.id, grant.code);
    if (!feature)
      throw badRequest(`${license.product.name} has no feature ${grant.code}.`, {
        [`${field(index)}.code`]: `is not a feature of ${license.product.code}`,
      });
    if (feature.kind === 'switch' && grant.limit !== undefined && grant.limit !== null)
      throw badRequest(`${feature.name} is an on/off feature; it takes no limit.`, {
        [`${field(index)}.limit`]: 'only for limit features',
      });
    const columns = grantColumns(feature, grant);
    await failOnDuplicate(`${field(index)}.code`, `The line grants ${feature.name} twice.`, () =>
      queries.insertGrant(trx, {
        organization_id: license.organizationId,
        license_id: license.id,
        feature_id: feature.id,
        limit_value: columns.limit_value ?? null,
        expires_at: columns.expires_at ?? null,
        created_at: now.toISOString(),
      }),
    );
    await recordVendorAudit(trx, actor, {
      organizationId: license.organizationId,
      type: 'licenses',
      action: 'license.feature_granted',
      message: `${actor.label} added ${feature.name} to the ${license.product.name} license of ${license.entitlementPublicId}`,
      target: { type: 'license', id: license.id },
      metadata: {
        feature: feature.code,
        kind: FEATURE_KIND_LABELS[feature.kind],
        limit: columns.limit_value ?? null,
        expiresAt: columns.expires_at ?? null,
      },
      at: now,
    });
  }
}

/** The license after a grant change, with every feature it grants. */
const withFeatures = (ctx: AppContext, license: { id: number }) => getLicense(ctx, license.id);

export async function grantFeature(
  ctx: AppContext,
  licenseId: number,
  input: GrantInput & { code: string },
  actor: VendorActor,
) {
  const license = await changeLicense(ctx, licenseId, actor, async (trx, row) => {
    const feature = await featureOfLicense(trx, row, input.code);
    const columns = grantColumns(feature, input);
    await failOnDuplicate('code', `The license already grants ${feature.name}.`, () =>
      queries.insertGrant(trx, {
        organization_id: row.organization_id,
        license_id: row.id,
        feature_id: feature.id,
        limit_value: columns.limit_value ?? null,
        expires_at: columns.expires_at ?? null,
        created_at: ctx.now().toISOString(),
      }),
    );
    const metadata = {
      feature: feature.code,
      kind: FEATURE_KIND_LABELS[feature.kind],
      limit: columns.limit_value ?? null,
      expiresAt: columns.expires_at ?? null,
    };
    return { action: 'license.feature_granted', message: `added ${feature.name} to`, metadata };
  });
  return withFeatures(ctx, license);
}

export async function changeGrant(
  ctx: AppContext,
  licenseId: number,
  code: string,
  input: GrantInput,
  actor: VendorActor,
) {
  const license = await changeLicense(ctx, licenseId, actor, async (trx, row) => {
    const feature = await featureOfLicense(trx, row, code);
    const grant = await queries.findGrant(trx, row.organization_id, row.id, feature.id);
    if (!grant) throw notFound('feature grant');
    const columns = grantColumns(feature, input);
    await queries.updateGrant(trx, row.organization_id, grant.id, columns);
    const metadata = {
      feature: feature.code,
      from: { limit: grant.limit_value, expiresAt: grant.expires_at },
      to: {
        limit: columns.limit_value === undefined ? grant.limit_value : columns.limit_value,
        expiresAt: columns.expires_at === undefined ? grant.expires_at : columns.expires_at,
      },
    };
    return { action: 'license.feature_changed', message: `changed ${feature.name} on`, metadata };
  });
  return withFeatures(ctx, license);
}

export async function removeGrant(
  ctx: AppContext,
  licenseId: number,
  code: string,
  actor: VendorActor,
) {
  const license = await changeLicense(ctx, licenseId, actor, async (trx, row) => {
    const feature = await featureOfLicense(trx, row, code);
    const grant = await queries.findGrant(trx, row.organization_id, row.id, feature.id);
    if (!grant) throw notFound('feature grant');
    await queries.deleteGrant(trx, row.organization_id, grant.id);
    return {
      action: 'license.feature_removed',
      message: `removed ${feature.name} from`,
      metadata: { feature: feature.code, limit: grant.limit_value, expiresAt: grant.expires_at },
    };
  });
  return withFeatures(ctx, license);
}
