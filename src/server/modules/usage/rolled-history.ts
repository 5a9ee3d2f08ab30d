import type { RolledDay } from './rollup-queries.js';
import type { DayEvents } from './usage-queries.js';

type Sums = Map<string, { day: string; product_id: number; count: number; seats: number }>;

/** Adds events to per-day-and-product sums, each multiplied by `sign`. */
function add(sums: Sums, events: readonly DayEvents[], sign: 1 | -1): Sums {
  for (const e of events) {
    const key = `${e.day}|${e.product_id}`;
    const sum = sums.get(key) ?? { day: e.day, product_id: e.product_id, count: 0, seats: 0 };
    sum.count += sign * e.count;
    sum.seats += sign * e.seats;
    sums.set(key, sum);
  }
  return sums;
}

/**
 * The rows of closed days from their events: activations made, deactivations written when
 * they happened, and activations that reached their heartbeat deadline open (`died`: still
 * open, or closed at or after it). None of these changes once the day has closed.
 */
export function rolledDaysFrom(events: {
  made: readonly DayEvents[];
  freed: readonly DayEvents[];
  died: readonly DayEvents[];
}): RolledDay[] {
  const rows = new Map<string, RolledDay>();
  const row = (e: DayEvents) => {
    const key = `${e.day}|${e.product_id}`;
    const found = rows.get(key);
    if (found) return found;
    const fresh: RolledDay = {
      day: e.day,
      product_id: e.product_id,
      activated: 0,
      activated_seats: 0,
      freed: 0,
      freed_seats: 0,
      died: 0,
      died_seats: 0,
    };
    rows.set(key, fresh);
    return fresh;
  };
  for (const e of events.made)
    Object.assign(row(e), { activated: e.count, activated_seats: e.seats });
  for (const e of events.freed) Object.assign(row(e), { freed: e.count, freed_seats: e.seats });
  for (const e of add(new Map(), events.died, 1).values())
    Object.assign(row(e), { died: e.count, died_seats: e.seats });
  return [...rows.values()];
}

/** The activations made on rolled-up days, as the live count per day and product gives them. */
export const madeOn = (rows: readonly RolledDay[]): DayEvents[] =>
  rows.map((r) => ({
    day: r.day,
    product_id: r.product_id,
    count: r.activated,
    seats: r.activated_seats,
  }));

/**
 * The deactivations of rolled-up days, as the live count per day of `deactivated_at` gives
 * them now: those written when they happened, plus the activations that died open on the day,
 * less those of them deactivated later (they count on that later day) and those still open
 * (lapsed, not deactivated; `lapses` on days outside the rows' are left out).
 */
export function deactivationsOn(
  rows: readonly RolledDay[],
  closedLater: readonly DayEvents[],
  lapses: readonly DayEvents[],
  fromDay: string,
  toDay: string,
): DayEvents[] {
  const sums = add(
    new Map(),
    rows.flatMap((r) => [
      { day: r.day, product_id: r.product_id, count: r.freed, seats: r.freed_seats },
      { day: r.day, product_id: r.product_id, count: r.died, seats: r.died_seats },
    ]),
    1,
  );
  add(sums, closedLater, -1);
  add(
    sums,
    lapses.filter((e) => e.day >= fromDay && e.day <= toDay),
    -1,
  );
  return [...sums.values()];
}
