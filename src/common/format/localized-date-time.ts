import { DATE_FORMAT, DATE_TIME_FORMAT, formatCalendarDay, formatInTimeZone } from './date-time.js';

export type DateKind = 'date' | 'dateTime';

const formats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(locale: string, timeZone: string, kind: DateKind): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      dateStyle: 'medium',
      timeStyle: kind === 'dateTime' ? 'medium' : undefined,
    };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A stored UTC timestamp in the member's time zone and language: English keeps the spec's
 * `DD MMM YYYY, HH:mm:ss` (DATE_TIME_FORMAT); other languages use their own medium format
 * ("07.03.2026, 14:05:09", "2026/03/07 14:05:09").
 */
export function formatLocalizedInstant(
  iso: string,
  timeZone: string,
  locale: string,
  kind: DateKind,
): string {
  if (locale === 'en')
    return formatInTimeZone(iso, timeZone, kind === 'date' ? DATE_FORMAT : DATE_TIME_FORMAT);
  return intlFormat(locale, timeZone, kind).format(new Date(iso));
}

/** A calendar day ("YYYY-MM-DD") in the language's medium date format; no zone moves it. */
export function formatLocalizedCalendarDay(day: string, locale: string): string {
  if (locale === 'en') return formatCalendarDay(day);
  return intlFormat(locale, 'UTC', 'date').format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}
