import { effectiveLicenseStatus } from '../../../common/license-status.js';
import type { RenewalRequested, SupportRequestContext } from '../../../common/support-api.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { maskLicenseKey } from '../../crypto/license-keys.js';
import { conflict, notFound } from '../../errors.js';
import { sendQueuedMails } from '../../jobs/mail-outbox.js';
import { queueMail } from '../../mail/mail-queue.js';
import { renewalRequestEmail } from '../../mail/renewal-request-email.js';
import { licenseVerdict, seatUsage } from '../../licensing/public-api.js';
import { findLicenseForSupport, organizationSupport, requesterOf } from './queries.js';

const RENEWABLE = new Set(['expiring_soon', 'expired']);

/** What the Contact support dialog pre-fills: the organization, and for a license its facts and current verdict. */
export async function supportContext(
  ctx: AppContext,
  actor: Actor,
  licenseId: number | undefined,
): Promise<SupportRequestContext> {
  if (licenseId === undefined) {
    const org = await organizationSupport(ctx.db, actor.organizationId);
    return {
      organizationName: org.name,
      contact: { email: org.support_email, url: org.support_url },
      license: null,
    };
  }
  const row = await findLicenseForSupport(ctx.db, actor.organizationId, licenseId);
  if (!row) throw notFound('license');
  return {
    organizationName: row.organization_name,
    contact: { email: row.support_email, url: row.support_url },
    license: {
      licenseId: row.id,
      productName: row.product_name,
      entitlementPublicId: row.entitlement_public_id,
      salesOrder: row.sales_order,
      maskedKey: maskLicenseKey(row.key_last4),
      validationCode:
        (await licenseVerdict(ctx, { id: licenseId, organizationId: actor.organizationId })) ??
        'NOT_FOUND',
    },
  };
}

/**
 * An Admin asks the vendor to renew an expiring or expired license: audited in the
 * organization's log with its mail queued, which is sent to the renewal address after the commit.
 */
export async function requestRenewal(
  ctx: AppContext,
  actor: Actor,
  licenseId: number,
  input: { message?: string },
  ip: string | null,
): Promise<RenewalRequested> {
  const now = ctx.now();
  // Read before the transaction: seatUsage reads through ctx.db, which on SQLite's single
  // connection would wait for the open transaction forever.
  const seatsInUse =
    (await seatUsage(ctx, { id: licenseId, organizationId: actor.organizationId }))?.liveSeats ?? 0;
  const { sentTo, queued } = await inTransaction(ctx.db, async (trx) => {
    const row = await findLicenseForSupport(trx, actor.organizationId, licenseId);
    if (!row) throw notFound('license');
    if (!RENEWABLE.has(effectiveLicenseStatus(row.status, row.expires_at, now))) {
      throw conflict(
        'not_renewable',
        'Only licenses that expire within 30 days or have expired can be renewed from the portal.',
      );
    }
    if (!row.renewal_email)
      throw conflict(
        'renewal_not_configured',
        'The vendor has not set up renewal requests. Contact support instead.',
      );
    const requester = await requesterOf(trx, actor.organizationId, actor.userId);
    const message = input.message?.trim() || null;
    await recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'licenses',
      action: 'license.renewal_requested',
      message: `${actor.label} requested a renewal of ${row.product_name} (${row.entitlement_public_id})`,
      actor,
      ip,
      target: { type: 'license', id: licenseId },
      metadata: {
        sentTo: row.renewal_email,
        salesOrder: row.sales_order,
        seats: row.seats,
        seatsInUse,
        message,
      },
      at: now,
    });
    const mail = renewalRequestEmail(ctx.config, {
      to: row.renewal_email,
      organizationName: row.organization_name,
      productName: row.product_name,
      productCode: row.product_code,
      entitlementPublicId: row.entitlement_public_id,
      salesOrder: row.sales_order,
      poNumber: row.po_number,
      maskedKey: maskLicenseKey(row.key_last4),
      expiresAt: row.expires_at,
      seats: row.seats,
      seatsInUse,
      requester: {
        name: `${requester.first_name} ${requester.last_name}`.trim() || requester.email,
        email: requester.email,
      },
      message,
    });
    return { sentTo: mail.to, queued: await queueMail(ctx, trx, mail) };
  });
  return { emailDelivered: await sendQueuedMails(ctx, [queued]), sentTo };
}
