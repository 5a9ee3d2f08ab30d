import {
  effectiveLicenseStatus,
  type StoredLicenseStatus,
} from '../../../../common/license-status.js';
import type { AppContext } from '../../../context.js';
import { generateLicenseKey } from '../../../crypto/license-keys.js';
import type { Db } from '../../../db/database.js';
import type { Row } from '../../../db/schema.js';
import { inTransaction, type Trx } from '../../../db/transaction.js';
import { badRequest, notFound } from '../../../errors.js';
import { toPage } from '../../../http/pagination.js';
import { featuresOfLicense } from '../../../licensing/public-api.js';
import { webhookLicense } from '../../../webhooks/event-data.js';
import { emitWebhookEvent } from '../../../webhooks/emit-webhook-event.js';
import { createdPosition, pageRequest } from '../common-schemas.js';
import { invalidTransition } from '../conflict.js';
import type { VendorActor } from '../operation.js';
import { recordVendorAudit } from '../vendor-audit.js';
import * as queries from './queries.js';

/** License lines one entitlement may have. */
export const MAX_LICENSE_LINES = 100;

export interface LicenseLine {
  productCode: string;
  seats: number;
  /** Default: the end of the entitlement's expiry day, or never. */
  expiresAt?: string | null;
  maxDeactivations?: number | null;
  deactivationPeriodDays?: number;
  /** The purchaser's email: the license is assigned to them (an invitation when not a member). */
  assignTo?: string;
  /** Seats assigned to `assignTo` (default: all). */
  assignSeats?: number;
  /** Features the new license grants, each with its own limit and end date. */
  features?: { code: string; limit?: number | null; expiresAt?: string | null }[];
}

/** The vendor sees the key in clear: it delivers it to the customer. */
export function presentVendorLicense(ctx: AppContext, row: queries.VendorLicenseRow) {
  return {
    id: row.id,
    organizationId: row.organization_id,
    entitlementId: row.entitlement_id,
    entitlement: row.entitlement_public_id,
    productCode: row.product_code,
    key: ctx.licenseKeys.decrypt(row.key_ciphertext),
    seats: row.seats,
    liveSeats: Number(row.live_seats ?? 0),
    status: row.status,
    effectiveStatus: effectiveLicenseStatus(row.status, row.expires_at, ctx.now()),
    expiresAt: row.expires_at,
    maxDeactivations: row.max_deactivations,
    deactivationPeriodDays: row.deactivation_period_days,
    createdAt: row.created_at,
  };
}

async function loadLicense(ctx: AppContext, db: Db, id: number) {
  const row = await queries.findLicense(db, id, ctx.now().toISOString());
  if (!row) throw notFound('license');
  return row;
}

/** Adds one license line to an entitlement inside the caller's transaction, with a fresh key. */
export async function insertLicenseLine(
  ctx: AppContext,
  trx: Trx,
  entitlement: Pick<Row<'entitlements'>, 'id' | 'organization_id' | 'expires_on'>,
  product: Pick<Row<'products'>, 'id' | 'name'>,
  line: LicenseLine,
): Promise<number> {
  const inherited =
    entitlement.expires_on === null ? null : `${entitlement.expires_on}T23:59:59.999Z`;
  return queries.insertLicense(trx, {
    organization_id: entitlement.organization_id,
    entitlement_id: entitlement.id,
    product_id: product.id,
    product_name: product.name,
    ...ctx.licenseKeys.seal(generateLicenseKey()),
    seats: line.seats,
    status: 'active',
    expires_at:
      line.expiresAt === undefined
        ? inherited
        : line.expiresAt && new Date(line.expiresAt).toISOString(),
    max_deactivations: line.maxDeactivations ?? null,
    deactivation_period_days: line.deactivationPeriodDays,
    created_at: ctx.now().toISOString(),
  });
}

/** One license with the features it grants (a list of licenses leaves them out). */
export async function getLicense(ctx: AppContext, id: number) {
  const license = presentVendorLicense(ctx, await loadLicense(ctx, ctx.db, id));
  return { ...license, features: await featuresOfLicense(ctx.db, license.organizationId, id) };
}

export async function listLicenses(
  ctx: AppContext,
  query: { organizationId?: number; entitlementId?: number; cursor?: string; limit?: number },
) {
  const page = pageRequest(query);
  const rows = await queries.listLicenses(ctx.db, query, page, ctx.now().toISOString());
  return toPage(rows, page.limit, createdPosition, (row) => presentVendorLicense(ctx, row));
}

/** An entitlement's licenses: one page holds them all (at most MAX_LICENSE_LINES). */
export async function licensesOfEntitlement(ctx: AppContext, entitlementId: number) {
  const rows = await queries.listLicenses(
    ctx.db,
    { entitlementId },
    { limit: MAX_LICENSE_LINES },
    ctx.now().toISOString(),
  );
  return rows.slice(0, MAX_LICENSE_LINES).map((row) => presentVendorLicense(ctx, row));
}

/** Changes a license and audits it in its organization's log, in one transaction. */
export function changeLicense(
  ctx: AppContext,
  id: number,
  actor: VendorActor,
  change: (
    trx: Trx,
    license: queries.VendorLicenseRow,
  ) => Promise<{ action: string; message: string; metadata?: Record<string, unknown> }>,
) {
  return inTransaction(ctx.db, async (trx) => {
    const license = await loadLicense(ctx, trx, id);
    const event = await change(trx, license);
    await recordVendorAudit(trx, actor, {
      organizationId: license.organization_id,
      type: 'licenses',
      action: event.action,
      message: `${actor.label} ${event.message} the ${license.product_name} license of ${license.entitlement_public_id} (…${license.key_last4})`,
      target: { type: 'license', id },
      metadata: event.metadata,
      at: ctx.now(),
    });
    return presentVendorLicense(ctx, await loadLicense(ctx, trx, id));
  });
}

export function updateLicense(
  ctx: AppContext,
  id: number,
  changes: { seats?: number; maxDeactivations?: number | null; deactivationPeriodDays?: number },
  actor: VendorActor,
) {
  return changeLicense(ctx, id, actor, async (trx, license) => {
    await queries.updateLicense(trx, id, {
      seats: changes.seats,
      max_deactivations: changes.maxDeactivations,
      deactivation_period_days: changes.deactivationPeriodDays,
    });
    return {
      action: 'license.updated',
      message: 'updated',
      metadata: { ...changes, previousSeats: license.seats },
    };
  });
}

const TRANSITIONS = {
  suspend: { from: ['active'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'active' },
  revoke: { from: ['active', 'suspended'], to: 'revoked' },
} satisfies Record<string, { from: StoredLicenseStatus[]; to: StoredLicenseStatus }>;

const PAST = { suspend: 'suspended', reinstate: 'reinstated', revoke: 'revoked' } as const;

/** Suspend (active → suspended), reinstate (suspended → active) or revoke (for good). */
export function transitionLicense(
  ctx: AppContext,
  id: number,
  transition: keyof typeof TRANSITIONS,
  actor: VendorActor,
  reason?: string,
) {
  return changeLicense(ctx, id, actor, async (trx, license) => {
    const { from, to } = TRANSITIONS[transition];
    if (!(await queries.updateLicense(trx, id, { status: to }, from))) {
      throw invalidTransition(
        `The license is ${license.status}; it cannot be ${PAST[transition]}.`,
      );
    }
    if (transition === 'suspend') {
      const data = {
        license: webhookLicense(license),
        suspendedBy: actor.label,
        reason: reason ?? null,
      };
      await emitWebhookEvent(trx, license.organization_id, 'license.suspended', data, ctx.now());
    }
    return {
      action: `license.${PAST[transition]}`,
      message: PAST[transition],
      metadata: { from: license.status, to, reason },
    };
  });
}

export function extendLicense(ctx: AppContext, id: number, expiresAt: string, actor: VendorActor) {
  return changeLicense(ctx, id, actor, async (trx, license) => {
    if (license.expires_at === null)
      throw invalidTransition('The license never expires; there is nothing to extend.');
    if (Date.parse(expiresAt) <= Date.parse(license.expires_at)) {
      throw badRequest('The new expiry must be later than the current one.', {
        expiresAt: `must be after ${license.expires_at}`,
      });
    }
    const normalized = new Date(expiresAt).toISOString();
    await queries.updateLicense(trx, id, { expires_at: normalized });
    return {
      action: 'license.extended',
      message: 'extended',
      metadata: { from: license.expires_at, to: normalized },
    };
  });
}
