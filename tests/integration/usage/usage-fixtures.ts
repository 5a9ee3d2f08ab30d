import type { AppContext } from '../../../src/server/context.js';
import { generateLicenseKey } from '../../../src/server/crypto/license-keys.js';

export interface ProbeActivation {
  activatedAt: string;
  quantity?: number;
  deactivatedAt?: string;
  heartbeatDeadline?: string;
}

let probes = 0;

/**
 * A product of its own with one license in a new entitlement of the organization and exactly
 * the given activation history, so a usage series of the product counts nothing else.
 */
export async function probeLicense(
  ctx: AppContext,
  organizationId: number,
  options: { seats: number; expiresAt?: string | null; history: ProbeActivation[] },
) {
  probes += 1;
  const code = `USAGE-PROBE-${probes}-${Math.random().toString(36).slice(2, 8)}`;
  const product = await ctx.db
    .insertInto('products')
    .values({
      code,
      name: `Usage Probe ${probes}`,
      license_type: 'subscription',
      deployment_type: 'on-premise',
      activation_kind: 'machine',
      heartbeat_interval_seconds: null,
      description: 'A product for usage tests',
      support_email: null,
      support_url: null,
      renewal_email: null,
      created_at: '2025-01-01T00:00:00.000Z',
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
  const publicId = `ENT-U${code.slice(-6).toUpperCase()}`;
  const entitlement = await ctx.db
    .insertInto('entitlements')
    .values({
      public_id: publicId,
      organization_id: organizationId,
      sales_order: `SO-${code}`,
      po_number: null,
      order_date: '2025-01-01',
      expires_on: null,
      status: 'active',
      created_at: '2025-01-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sealed = ctx.licenseKeys.seal(generateLicenseKey());
  const license = await ctx.db
    .insertInto('licenses')
    .values({
      organization_id: organizationId,
      entitlement_id: entitlement.id,
      product_id: product.id,
      product_name: product.name,
      ...sealed,
      seats: options.seats,
      status: 'active',
      expires_at: options.expiresAt ?? null,
      created_at: '2025-01-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, a] of options.history.entries()) {
    await ctx.db
      .insertInto('activations')
      .values({
        organization_id: organizationId,
        license_id: license.id,
        product_id: product.id,
        product_name: product.name,
        entitlement_id: entitlement.id,
        entitlement_public_id: publicId,
        key_last4: sealed.key_last4,
        kind: 'machine',
        identifier: `PROBE-${i}`,
        name: null,
        hostname: `probe-${i}`,
        platform: null,
        quantity: a.quantity ?? 1,
        project_name: null,
        project_manager: null,
        activated_by_user_id: null,
        activated_by_label: 'Software',
        activated_at: a.activatedAt,
        last_heartbeat_at: null,
        heartbeat_deadline: a.heartbeatDeadline ?? null,
        deactivated_at: a.deactivatedAt ?? null,
        deactivated_by_user_id: null,
        deactivated_by_label: a.deactivatedAt ? 'Software' : null,
      })
      .execute();
  }
  return {
    productId: product.id,
    productName: product.name,
    entitlementId: entitlement.id,
    publicId,
    licenseId: license.id,
  };
}

/** The organization id of a demo organization by its slug. */
export async function organizationIdOf(ctx: AppContext, slug: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}
