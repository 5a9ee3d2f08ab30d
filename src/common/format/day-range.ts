import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** A calendar day, "YYYY-MM-DD". */
export type CalendarDay = string;

function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The instant a calendar day begins in the member's time zone (an unknown zone counts as UTC). */
export function startOfDayInZone(day: CalendarDay, timeZone: string): Date {
  return dayjs.tz(day, knownZone(timeZone)).toDate();
}

/** The calendar day of an instant in the member's time zone. */
export function calendarDayInZone(instant: Date, timeZone: string): CalendarDay {
  return dayjs(instant).tz(knownZone(timeZone)).format('YYYY-MM-DD');
}

export function nextCalendarDay(day: CalendarDay): CalendarDay {
  return dayjs.utc(day).add(1, 'day').format('YYYY-MM-DD');
}
