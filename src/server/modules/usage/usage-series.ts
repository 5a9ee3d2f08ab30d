import type { UsageDay, UsageWeek } from '../../../common/usage-api.js';
import type { DayEvents } from './usage-queries.js';

const DAY_MS = 86_400_000;

/** The `count` UTC days (YYYY-MM-DD) that end with the day of `now`, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return Array.from({ length: count }, (_, i) =>
    new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The UTC day `count` days after `day` (YYYY-MM-DD; negative counts go back). */
export function dayAfter(day: string, count = 1): string {
  return new Date(Date.parse(day) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday (UTC) of the week a day belongs to. */
export function weekStartOf(day: string): string {
  const time = Date.parse(day);
  const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

function perDay(events: readonly DayEvents[], field: 'count' | 'seats'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of events) sums.set(e.day, (sums.get(e.day) ?? 0) + e[field]);
  return sums;
}

export interface SweepInput {
  days: readonly string[];
  /** Seats held by live activations now: the last day's figure. */
  seatsNow: number;
  activations: readonly DayEvents[];
  deactivations: readonly DayEvents[];
  /** Open activations that stopped counting as live when their heartbeat deadline passed. */
  lapses: readonly DayEvents[];
}

/**
 * Seats in use at the end of each day, swept backwards from now: the day before held what
 * this day holds, minus the seats activated on it, plus the seats it freed.
 */
export function sweepSeats(input: SweepInput): UsageDay[] {
  const started = perDay(input.activations, 'seats');
  const ended = perDay([...input.deactivations, ...input.lapses], 'seats');
  const seats = new Array<number>(input.days.length);
  let held = input.seatsNow;
  for (let i = input.days.length - 1; i >= 0; i--) {
    const day = input.days[i]!;
    seats[i] = Math.max(0, held);
    held = held - (started.get(day) ?? 0) + (ended.get(day) ?? 0);
  }
  return input.days.map((date, i) => ({ date, seats: seats[i]! }));
}

/** Activations and deactivations per week (weeks start on Monday, UTC) over the given days. */
export function weeklyCounts(
  days: readonly string[],
  activations: readonly DayEvents[],
  deactivations: readonly DayEvents[],
): UsageWeek[] {
  const made = perDay(activations, 'count');
  const freed = perDay(deactivations, 'count');
  const weeks = new Map<string, UsageWeek>();
  for (const day of days) {
    const weekStart = weekStartOf(day);
    const week = weeks.get(weekStart) ?? { weekStart, activations: 0, deactivations: 0 };
    week.activations += made.get(day) ?? 0;
    week.deactivations += freed.get(day) ?? 0;
    weeks.set(weekStart, week);
  }
  return [...weeks.values()];
}

/** The most seats in use on a day, and the first day it was reached. */
export function peakOf(days: readonly UsageDay[]): { seats: number; date: string } {
  return days.reduce((peak, day) => (day.seats > peak.seats ? day : peak), days[0]!);
}
