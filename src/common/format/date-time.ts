import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Dates without a time, e.g. `07 Mar 2026`. */
export const DATE_FORMAT = 'DD MMM YYYY';
/** Dates with a time; the audit log's format (DESIGN.md §3, invariant 7). */
export const DATE_TIME_FORMAT = 'DD MMM YYYY, HH:mm:ss';

/** Formats a stored UTC timestamp in the member's IANA time zone; an unknown zone falls back to UTC. */
export function formatInTimeZone(iso: string, timeZone: string, format: string): string {
  const instant = dayjs.utc(iso);
  try {
    return instant.tz(timeZone).format(format);
  } catch {
    return instant.format(format);
  }
}

/** A calendar day without a time ("YYYY-MM-DD", e.g. an order date) in DATE_FORMAT: no zone moves it. */
export function formatCalendarDay(day: string): string {
  return dayjs.utc(day).format(DATE_FORMAT);
}
