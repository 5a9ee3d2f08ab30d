import { effectiveLicenseStatus } from '../../../common/license-status.js';
import type { ActivationDetail } from '../../../common/activations-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { auditSentence } from '../../i18n/audit-wording.js';
import type { Translate } from '../../i18n/translate.js';
import { featuresOfLicense } from '../../licensing/public-api.js';
import * as queries from './queries.js';
import { presentActivation } from './service.js';

/** The detail panel of one of the organization's activations; another organization's id is not found. */
export async function activationDetail(
  ctx: AppContext,
  actor: Actor,
  activationId: number,
  /** Words the activation's audit trail in the reader's language (decision 139). */
  t: Translate,
): Promise<ActivationDetail> {
  const row = await queries.findActivation(ctx.db, actor.organizationId, activationId);
  if (!row) throw notFound('activation');
  const [events, grants] = await Promise.all([
    queries.activationAuditTrail(ctx.db, actor.organizationId, activationId),
    featuresOfLicense(ctx.db, actor.organizationId, row.license_id),
  ]);
  const now = ctx.now();
  return {
    activation: presentActivation(row, now.toISOString()),
    license: {
      id: row.license_id,
      seats: row.seats,
      status: effectiveLicenseStatus(row.license_status, row.license_expires_at, now),
      expiresAt: row.license_expires_at,
      maxDeactivations: row.max_deactivations,
      deactivationPeriodDays: row.deactivation_period_days,
      features: grants,
    },
    entitlement: {
      publicId: row.entitlement_public_id,
      salesOrder: row.sales_order,
      poNumber: row.po_number,
    },
    auditTrail: events.map((e) => ({
      id: e.id,
      occurredAt: e.occurred_at,
      message: auditSentence(t, e.action, e.message),
      user: e.actor_label,
      ip: e.ip,
    })),
  };
}
