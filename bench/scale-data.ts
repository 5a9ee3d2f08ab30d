import { randomBytes } from 'node:crypto';
import { AUDIT_TYPES } from '../src/common/audit-api.js';
import { chainHash, GENESIS_HASH, type ChainedFields } from '../src/server/audit/audit-chain.js';
import type { AppContext } from '../src/server/context.js';
import type { NewRow } from '../src/server/db/schema.js';

const DAY = 86_400_000;
const BATCH = 1000;
const PROJECTS = [
  'Apollo',
  'Borealis',
  'Cascade',
  'Dynamo',
  'Equinox',
  'Falcon',
  'Gemini',
  'Helios',
];
const MANAGERS = [
  'Ada Lovelace',
  'Grace Hopper',
  'Alan Turing',
  'Edsger Dijkstra',
  'Barbara Liskov',
];

export interface ScaleSize {
  licenses: number;
  activations: number;
  auditEvents: number;
}

/** Scale 1 = an organization with 100k licenses, 1M activations and 1M audit events. */
export function sizeFor(scale: number): ScaleSize {
  return {
    licenses: Math.max(10, Math.round(100_000 * scale)),
    activations: Math.max(100, Math.round(1_000_000 * scale)),
    auditEvents: Math.max(100, Math.round(1_000_000 * scale)),
  };
}

async function insertInBatches<
  T extends 'licenses' | 'activations' | 'audit_events' | 'entitlements',
>(ctx: AppContext, table: T, count: number, row: (i: number) => NewRow<T>): Promise<void> {
  for (let start = 0; start < count; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) rows.push(row(i));
    await ctx.db
      .insertInto(table)
      .values(rows as never)
      .execute();
  }
}

/**
 * Adds one large organization, "Scale Corp", next to whatever the database holds, and
 * returns its id and the email of its Admin (who shares the demo password).
 */
export async function generateScaleData(
  ctx: AppContext,
  size: ScaleSize,
  adminUserId: number,
): Promise<number> {
  const now = ctx.now().getTime();
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();
  const org = await ctx.db
    .insertInto('organizations')
    .values({
      name: 'Scale Corp',
      slug: `scale-corp-${randomBytes(3).toString('hex')}`,
      created_at: at(800 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('memberships')
    .values({
      organization_id: org.id,
      user_id: adminUserId,
      role: 'admin',
      created_at: at(800 * DAY),
    })
    .execute();
  const products = await ctx.db
    .selectFrom('products')
    .select(['id', 'name', 'activation_kind', 'heartbeat_interval_seconds'])
    .execute();

  const entitlementCount = Math.ceil(size.licenses / 20);
  const firstEntitlement =
    (
      await ctx.db
        .selectFrom('entitlements')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst()
    )?.max ?? 0;
  const entitlementPublicId = (i: number) => `ENT-S${org.id}-${String(i).padStart(7, '0')}`;
  const keyLast4 = (i: number) => String(i % 10_000).padStart(4, '0');
  await insertInBatches(ctx, 'entitlements', entitlementCount, (i) => ({
    public_id: entitlementPublicId(i),
    organization_id: org.id,
    sales_order: `SO-${700000 + i}`,
    po_number: i % 3 === 0 ? null : `PO-SC-${i}`,
    order_date: at((i % 700) * DAY).slice(0, 10),
    expires_on: at(-((i % 400) - 30) * DAY).slice(0, 10),
    status: 'active' as const,
    created_at: at((i % 700) * DAY),
  }));

  const firstLicense =
    (
      await ctx.db
        .selectFrom('licenses')
        .select((eb) => eb.fn.max('id').as('max'))
        .executeTakeFirst()
    )?.max ?? 0;
  const sealedKey = ctx.licenseKeys.seal('SCALE-0000-0000-0000-0000');
  await insertInBatches(ctx, 'licenses', size.licenses, (i) => ({
    organization_id: org.id,
    entitlement_id: Number(firstEntitlement) + 1 + Math.floor(i / 20),
    product_id: products[i % products.length].id,
    product_name: products[i % products.length].name,
    key_ciphertext: sealedKey.key_ciphertext,
    key_hash: `scale-${org.id}-${i}`,
    key_last4: keyLast4(i),
    seats: 20,
    status: i % 50 === 0 ? ('suspended' as const) : ('active' as const),
    expires_at: i % 4 === 0 ? null : at(-((i % 400) - 20) * DAY),
    created_at: at((i % 700) * DAY),
  }));

  const perLicense = size.activations / size.licenses;
  await insertInBatches(ctx, 'activations', size.activations, (i) => {
    const licenseIndex = Math.floor(i / perLicense);
    const product = products[licenseIndex % products.length];
    return {
      organization_id: org.id,
      license_id: Number(firstLicense) + 1 + licenseIndex,
      product_id: product.id,
      product_name: product.name,
      entitlement_id: Number(firstEntitlement) + 1 + Math.floor(licenseIndex / 20),
      entitlement_public_id: entitlementPublicId(Math.floor(licenseIndex / 20)),
      key_last4: keyLast4(licenseIndex),
      kind: product.activation_kind,
      identifier: `HWID-${i.toString(16).padStart(8, '0')}`,
      name: `host-${i}`,
      hostname: `host-${i}.scale.example`,
      platform: i % 3 === 0 ? 'Linux' : 'Windows 11',
      quantity: 1,
      project_name: PROJECTS[i % PROJECTS.length],
      project_manager: MANAGERS[i % MANAGERS.length],
      activated_by_user_id: i % 2 === 0 ? adminUserId : null,
      activated_by_label: i % 2 === 0 ? 'Scale Admin' : 'Software',
      activated_at: at((i % 700) * DAY + (i % 86_400) * 1000),
      last_heartbeat_at: at((i % 30) * DAY),
      // A heartbeat product's seat lapses one interval after its last heartbeat: most of these
      // lapsed on one of the last 30 days, so the usage reads meet lapses at scale.
      heartbeat_deadline:
        product.heartbeat_interval_seconds === null
          ? null
          : at((i % 30) * DAY - product.heartbeat_interval_seconds * 1000),
      deactivated_at: i % 10 === 0 ? at((i % 30) * DAY) : null,
      deactivated_by_user_id: null,
      deactivated_by_label: i % 10 === 0 ? 'Software' : null,
    };
  });

  let prevHash = GENESIS_HASH;
  await insertInBatches(ctx, 'audit_events', size.auditEvents, (i) => {
    const fields: ChainedFields = {
      organization_id: org.id,
      occurred_at: at((size.auditEvents - i) * 30_000),
      type: AUDIT_TYPES[i % AUDIT_TYPES.length],
      action: 'bench.generated',
      message: `Generated event ${i} for project ${PROJECTS[i % PROJECTS.length]}`,
      actor_user_id: i % 2 === 0 ? adminUserId : null,
      actor_label: i % 2 === 0 ? 'Scale Admin' : 'Software',
      ip: '127.0.0.1',
      target_type: null,
      target_id: null,
      metadata: '{}',
    };
    const hash = chainHash(prevHash, fields);
    const row = { ...fields, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  return org.id;
}
