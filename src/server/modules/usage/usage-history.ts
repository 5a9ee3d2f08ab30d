import type { Db } from '../../db/database.js';
import { rolledDays, rolledThrough } from './rollup-queries.js';
import { deactivationsOn, madeOn } from './rolled-history.js';
import * as queries from './usage-queries.js';
import type { UsageScope } from './usage-queries.js';
import { dayAfter } from './usage-series.js';

type RolledScope = UsageScope & { kind: 'organization' | 'product' };

/** The last day of the range that the organization's rollup holds; null when none. */
async function lastRolledDay(
  db: Db,
  organizationId: number,
  days: readonly string[],
): Promise<string | null> {
  const through = await rolledThrough(db, organizationId);
  if (through === null || through < days[0]!) return null;
  // Today is always read live, even when a clock that moved back finds it rolled up.
  const yesterday = dayAfter(days.at(-1)!, -1);
  return through < yesterday ? through : yesterday;
}

/** The rolled-up days from `from` through `to`, and what they need read live. */
async function rolledPart(
  db: Db,
  organizationId: number,
  scope: RolledScope,
  from: string,
  to: string,
) {
  const [rows, closedLater] = await Promise.all([
    rolledDays(db, organizationId, scope, from, to),
    queries.closedAfterDeadlinePerDay(db, organizationId, scope, from, to),
  ]);
  return { rows, closedLater, to };
}

/**
 * Everything the sweep needs for one scope over the days, per product, as counted from the
 * activations (decision 115): closed days from the daily rollup where it holds them, the
 * rest, and what closed days cannot hold (lapses, deactivations of dead activations), read
 * live (decision 143).
 */
export async function historyOf(
  db: Db,
  organizationId: number,
  scope: UsageScope,
  days: string[],
  now: Date,
) {
  const from = days[0]!;
  const nowIso = now.toISOString();
  // An entitlement's or a license's few activations are read live (their own index).
  const rolledTo = scope.kind === 'licenses' ? null : await lastRolledDay(db, organizationId, days);
  const liveFrom = rolledTo === null ? from : dayAfter(rolledTo);
  const [rolled, activations, deactivations, lapses, seats] = await Promise.all([
    rolledTo === null || scope.kind === 'licenses'
      ? undefined
      : rolledPart(db, organizationId, scope, from, rolledTo),
    queries.activationsPerDay(db, organizationId, scope, liveFrom),
    queries.deactivationsPerDay(db, organizationId, scope, liveFrom),
    queries.lapsesPerDay(db, organizationId, scope, nowIso),
    queries.seatsPerProduct(db, organizationId, scope, nowIso),
  ]);
  if (!rolled) return { activations, deactivations, lapses, seats };
  return {
    activations: [...madeOn(rolled.rows), ...activations],
    deactivations: [
      ...deactivationsOn(rolled.rows, rolled.closedLater, lapses, from, rolled.to),
      ...deactivations,
    ],
    lapses,
    seats,
  };
}

export type History = Awaited<ReturnType<typeof historyOf>>;
