import type { DashboardPayload } from '../../../common/api-types.js';
import type { InventoryView } from '../../../common/assignments-api.js';
import { effectiveLicenseStatus, expiringSoonCutoff } from '../../../common/license-status.js';
import { can, type Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { maskLicenseKey } from '../../crypto/license-keys.js';
import { inventoryDefaults } from '../assignments/inventory-view.js';
import { grantsEndingBetween } from '../features/queries.js';
import * as queries from './queries.js';
import { auditSentence } from '../../i18n/audit-wording.js';
import type { Translate } from '../../i18n/translate.js';

const RECENT = 5;
/** Features ending within the expiring-soon window the Dashboard lists, soonest first. */
const ENDING_FEATURES = 10;

/** The organization's license figures, or (view "mine") those of the licenses assigned to the member. */
async function licenseFigures(ctx: AppContext, actor: Actor, view: InventoryView, now: Date) {
  const org = actor.organizationId;
  if (view === 'mine') {
    const mine = await queries.assignedLicenseCounts(
      ctx.db,
      org,
      actor.userId,
      now.toISOString(),
      expiringSoonCutoff(now),
    );
    const activations = { count: mine.liveActivations, seats: mine.liveSeats };
    return { licenses: mine, activations, unactivated: mine.usableSeats - mine.liveUsableSeats };
  }
  const [licenses, lapsed] = await Promise.all([
    queries.licenseCounts(ctx.db, org, now.toISOString(), expiringSoonCutoff(now)),
    queries.lapsedActivationCounts(ctx.db, org, now.toISOString()),
  ]);
  const activations = {
    count: licenses.openActivations - lapsed.count,
    seats: licenses.openSeats - lapsed.seats,
  };
  // Free seats of licenses that can be activated now (docs/kpi-definitions.md), not Available − Activated.
  return { licenses, activations, unactivated: licenses.usableUnheldSeats + lapsed.usableSeats };
}

export async function dashboardFor(
  ctx: AppContext,
  actor: Actor,
  asked: InventoryView | undefined,
  /** Words the recent audit events in the reader's language (decision 139). */
  t: Translate,
): Promise<DashboardPayload> {
  const org = actor.organizationId;
  const now = ctx.now();
  const { assignedLicenses, defaultView } = await inventoryDefaults(ctx, actor);
  const view = asked ?? defaultView;
  // The "Assigned to me" view narrows every license list on the page, not just the KPIs.
  const assignedTo = view === 'mine' ? actor.userId : undefined;
  const [
    { licenses, activations, unactivated },
    members,
    newestLicenses,
    newestActivations,
    newestEvents,
    expiringNext,
    endingGrants,
  ] = await Promise.all([
    licenseFigures(ctx, actor, view, now),
    can(actor, 'dashboard.viewMemberCount')
      ? queries.memberCount(ctx.db, org)
      : Promise.resolve(undefined),
    view === 'mine'
      ? queries.recentAssignedLicenses(ctx.db, org, actor.userId, RECENT)
      : queries.recentLicenses(ctx.db, org, RECENT),
    queries.recentActivations(ctx.db, org, RECENT),
    queries.recentAuditEvents(ctx.db, org, RECENT),
    queries.upcomingExpirations(ctx.db, org, now.toISOString(), RECENT, assignedTo),
    grantsEndingBetween(
      ctx.db,
      org,
      now.toISOString(),
      expiringSoonCutoff(now),
      ENDING_FEATURES,
      assignedTo,
    ),
  ]);
  return {
    view,
    assignedLicenses,
    kpis: {
      totalLicenses: licenses.total,
      activeLicenses: licenses.active,
      activationsInUse: activations.count,
      expiringSoon: licenses.expiringSoon,
      availableLicenses: licenses.seats,
      activatedLicenses: activations.seats,
      unactivatedLicenses: Math.max(0, unactivated),
      ...(members === undefined ? {} : { totalMembers: members }),
    },
    recentLicenses: newestLicenses.map((l) => ({
      id: l.id,
      maskedKey: maskLicenseKey(l.key_last4),
      productName: l.product_name,
      status: effectiveLicenseStatus(l.status, l.expires_at, now),
      addedAt: l.created_at,
    })),
    upcomingExpirations: expiringNext.map((l) => ({
      licenseId: l.id,
      maskedKey: maskLicenseKey(l.key_last4),
      productName: l.product_name,
      entitlementId: l.entitlement_id,
      entitlementPublicId: l.entitlement_public_id,
      // The query keeps only licenses with an expiry.
      expiresAt: l.expires_at!,
    })),
    endingFeatures: endingGrants.map((g) => ({
      id: g.grant_id,
      featureName: g.name,
      productName: g.product_name,
      entitlementId: g.entitlement_id,
      entitlementPublicId: g.public_id,
      salesOrder: g.sales_order,
      expiresAt: g.expires_at!,
    })),
    recentActivations: newestActivations.map((a) => ({
      id: a.id,
      productName: a.product_name,
      quantity: a.quantity,
      activatedAt: a.activated_at,
      activatedBy: a.activated_by_label,
    })),
    recentAuditEvents: newestEvents.map((e) => ({
      id: e.id,
      occurredAt: e.occurred_at,
      message: auditSentence(t, e.action, e.message),
      type: e.type,
      user: e.actor_label,
    })),
  };
}
