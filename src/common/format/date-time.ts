import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { zoneOffsets } from './zoned-date-time.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Dates without a time, e.g. `07 Mar 2026`. */
export const DATE_FORMAT = 'DD MMM YYYY';
/** Dates with a time; the audit log's format (DESIGN.md §3, invariant 7). */
export const DATE_TIME_FORMAT = 'DD MMM YYYY, HH:mm:ss';

const offsetsByZone = new Map<string, (instant: number) => number>();

/**
 * Formats a stored UTC timestamp in the member's IANA time zone; an unknown zone falls back to
 * UTC. The zone's offset comes from one Intl formatter per zone: dayjs' `tz()` built a new one
 * per call (`toLocaleString` with a zone), a list page's dates took 0.1–0.25 s of a phone's
 * main thread (decision 162). Formats of a date and a time only: the result is a UTC dayjs.
 */
export function formatInTimeZone(iso: string, timeZone: string, format: string): string {
  const instant = dayjs.utc(iso);
  if (!instant.isValid()) return instant.format(format);
  let offsetAt = offsetsByZone.get(timeZone);
  if (!offsetAt) {
    offsetAt = zoneOffsets(timeZone);
    offsetsByZone.set(timeZone, offsetAt);
  }
  return instant.add(offsetAt(instant.valueOf()), 'millisecond').format(format);
}

/** A calendar day without a time ("YYYY-MM-DD", e.g. an order date) in DATE_FORMAT: no zone moves it. */
export function formatCalendarDay(day: string): string {
  return dayjs.utc(day).format(DATE_FORMAT);
}
