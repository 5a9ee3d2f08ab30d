import type { Db } from '../../db/database.js';
import * as queries from './rollup-queries.js';
import { rolledDaysFrom } from './rolled-history.js';
import { dayAfter } from './usage-series.js';

/**
 * A day is rolled up once it ended this long ago, so that every write stamped with a time on
 * it (a request reads the clock before its transaction commits) is in (decision 143).
 */
export const ROLLUP_SETTLE_MS = 10 * 60_000;
/** Days read per round of statements: a first rollup of a large history goes in short steps. */
const DAYS_PER_STEP = 31;

/** The last day that may be rolled up at `now`. */
export function lastSettledDay(now: Date): string {
  return dayAfter(new Date(now.getTime() - ROLLUP_SETTLE_MS).toISOString().slice(0, 10), -1);
}

/**
 * Rolls up every organization's closed days that are not yet (usage_days, migration 024):
 * an organization's first run starts at its first activation's day. Returns the days rolled.
 */
export async function rollUpUsage(db: Db, now: Date): Promise<number> {
  const through = lastSettledDay(now);
  let rolled = 0;
  for (const organization of await queries.rollupProgress(db))
    rolled += await rollUpOrganization(
      db,
      organization.id,
      organization.rolled_through,
      through,
      now,
    );
  return rolled;
}

async function rollUpOrganization(
  db: Db,
  organizationId: number,
  rolledThrough: string | null,
  through: string,
  now: Date,
): Promise<number> {
  if (rolledThrough !== null && rolledThrough >= through) return 0;
  const first =
    rolledThrough === null
      ? await queries.firstActivationDay(db, organizationId)
      : dayAfter(rolledThrough);
  if (first === null || first > through) {
    await queries.saveRolledDays(db, organizationId, [], through, now.toISOString());
    return 0;
  }
  let days = 0;
  for (let from = first; from <= through; from = dayAfter(from, DAYS_PER_STEP)) {
    const lastOfStep = dayAfter(from, DAYS_PER_STEP - 1);
    const to = lastOfStep < through ? lastOfStep : through;
    const [made, freed, lapsed, closedDead] = await Promise.all([
      queries.madePerDay(db, organizationId, from, to),
      queries.freedPerDay(db, organizationId, from, to),
      queries.lapsedOpenPerDay(db, organizationId, from, to),
      queries.closedDeadPerDay(db, organizationId, from, to),
    ]);
    const rows = rolledDaysFrom({ made, freed, died: [...lapsed, ...closedDead] });
    await queries.saveRolledDays(db, organizationId, rows, to, now.toISOString());
    days += (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  }
  return days;
}
