import { MAX_DEACTIVATE_AT_ONCE, type ReclaimResult } from '../../../common/activations-api.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import * as queries from './queries.js';
import { deactivateActivations } from './service.js';

const DAY_MS = 86_400_000;

/**
 * Seat reclaim: deactivates the open activations not seen for `days` days (last heartbeat,
 * else activation date), a bounded batch per request, through the same all-or-none path as
 * a manual deactivation (the deactivation limit applies).
 */
export async function reclaimStaleActivations(ctx: AppContext, actor: Actor, days: number, ip: string | null): Promise<ReclaimResult> {
  const cutoff = new Date(ctx.now().getTime() - days * DAY_MS).toISOString();
  const stale = await queries.staleActivationIds(ctx.db, actor.organizationId, cutoff, MAX_DEACTIVATE_AT_ONCE + 1);
  const batch = stale.slice(0, MAX_DEACTIVATE_AT_ONCE).map((row) => row.id);
  if (batch.length === 0) return { deactivated: 0, more: false };
  const { deactivated } = await deactivateActivations(ctx, actor, batch, ip);
  return { deactivated, more: stale.length > MAX_DEACTIVATE_AT_ONCE };
}
