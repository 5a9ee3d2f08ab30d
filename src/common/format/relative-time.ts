const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];
const formats = new Map<string, Intl.RelativeTimeFormat>();
const relativeIn = (locale: string) => {
  let format = formats.get(locale);
  if (!format)
    formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
};

/** "3 days ago", "in 2 weeks" (or "vor 3 Tagen" in `locale`): the largest whole unit of the distance from now. */
export function formatRelative(iso: string, now: Date, locale = 'en'): string {
  const distance = Date.parse(iso) - now.getTime();
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(distance) >= ms) ?? ['second', 1000];
  if (unit === 'second')
    return locale === 'en' ? 'just now' : relativeIn(locale).format(0, 'second');
  return relativeIn(locale).format(Math.round(distance / size), unit);
}
