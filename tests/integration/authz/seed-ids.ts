import type { AppContext } from '../../../src/server/context.js';
import { downloadRouteIds } from '../../support/download-fixtures.js';
import { assignmentRouteIds } from '../../support/assignment-fixtures.js';
import { memberRouteIds } from '../../support/portal-fixtures.js';
import { ssoRouteIds } from '../../support/sso-fixtures.js';

/** Ids of Northwind Robotics records in the demo seed, used to fill route parameters. */
export async function northwindIds(ctx: AppContext) {
  const org = await ctx.db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'northwind-robotics')
    .executeTakeFirstOrThrow();
  const license = await ctx.db
    .selectFrom('licenses')
    .innerJoin('products', 'products.id', 'licenses.product_id')
    .select(['licenses.id', 'licenses.product_id', 'licenses.key_ciphertext', 'products.code'])
    .where('licenses.organization_id', '=', org.id)
    .orderBy('licenses.id')
    .executeTakeFirstOrThrow();
  const activation = await ctx.db
    .selectFrom('activations')
    .select('id')
    .where('organization_id', '=', org.id)
    .where('deactivated_at', 'is', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  // The newest open activation: the deactivation route's case ends it, so no other case names it.
  const deactivatable = await ctx.db
    .selectFrom('activations')
    .select('id')
    .where('organization_id', '=', org.id)
    .where('deactivated_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const entitlement = await ctx.db
    .selectFrom('entitlements')
    .select(['id', 'public_id'])
    .where('organization_id', '=', org.id)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return {
    organizationId: org.id,
    licenseId: license.id,
    productId: license.product_id,
    licenseKey: ctx.licenseKeys.decrypt(license.key_ciphertext),
    productCode: license.code,
    deactivatableActivationId: deactivatable.id,
    activationId: activation.id,
    entitlementId: entitlement.id,
    entitlementPublicId: entitlement.public_id,
    ...(await memberRouteIds(ctx, org.id)),
    ...(await assignmentRouteIds(ctx, org.id, license.id)),
    ...(await downloadRouteIds(ctx, org.id)),
    ...(await ssoRouteIds(ctx, org.id)),
  };
}

export type SeedIds = Awaited<ReturnType<typeof northwindIds>>;
