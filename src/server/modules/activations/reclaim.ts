import { MAX_RECLAIM_PREVIEW } from '../../../common/activations-api.js';
import type { ReclaimPreview, ReclaimResult } from '../../../common/reclaim-schema.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import * as queries from './queries.js';
import { deactivateEach } from './service.js';

const DAY_MS = 86_400_000;

const cutoffOf = (ctx: AppContext, days: number) =>
  new Date(ctx.now().getTime() - days * DAY_MS).toISOString();

/**
 * Seat reclaim, step 1 (decision 078): the open activations not seen for `days` days (last
 * heartbeat, else activation date), how many and their seats, and the first ones by name.
 */
export async function previewReclaim(
  ctx: AppContext,
  actor: Actor,
  days: number,
): Promise<ReclaimPreview> {
  const cutoff = cutoffOf(ctx, days);
  const [totals, rows] = await Promise.all([
    queries.staleActivationTotals(ctx.db, actor.organizationId, cutoff),
    queries.staleActivationList(ctx.db, actor.organizationId, cutoff, MAX_RECLAIM_PREVIEW),
  ]);
  return {
    total: totals.count,
    seats: totals.seats,
    candidates: rows.map((row) => ({
      id: row.id,
      name: row.name,
      productName: row.product_name,
      lastSeenAt: row.last_seen_at,
      quantity: row.quantity,
    })),
  };
}

/**
 * Step 2, one batch of the previewed ids: frees those still unseen for `days` days through
 * the same all-or-none path as a manual deactivation (the deactivation limit applies); ids
 * seen since, already deactivated or not the organization's are skipped, never freed.
 */
export function reclaimActivations(
  ctx: AppContext,
  actor: Actor,
  days: number,
  activationIds: number[],
  ip: string | null,
): Promise<ReclaimResult> {
  const requested = [...new Set(activationIds)];
  return inTransaction(ctx.db, async (trx) => {
    const stale = await queries.staleAmong(
      trx,
      actor.organizationId,
      cutoffOf(ctx, days),
      requested,
    );
    const { deactivated } = stale.length
      ? await deactivateEach(ctx, trx, actor, stale, ip)
      : { deactivated: 0 };
    return { deactivated, skipped: requested.length - deactivated };
  });
}
