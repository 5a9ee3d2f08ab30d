const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Offset changes (daylight saving, zone rules) happen on a quarter hour of UTC, so one offset serves each quarter hour. */
const QUARTER_HOUR_MS = 15 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** Rows of an export mostly come in time order: a small cache of recent days and quarter hours is enough. */
const CACHED_SPANS = 4096;

function formatFor(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function cached<Value>(
  cache: Map<number, Value>,
  key: number,
  compute: (key: number) => Value,
): Value {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHED_SPANS) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

/**
 * The offset (ms) of `timeZone` from UTC at an instant (ms since the epoch), for many instants:
 * Intl tells it once per UTC day, or once per quarter hour on a day it changes; an unknown
 * zone counts as UTC.
 */
export function zoneOffsets(timeZone: string): (instant: number) => number {
  const format = formatFor(timeZone);
  const offsetAt = (instant: number) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(instant)))
      parts[part.type] = Number(part.value);
    return (
      Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
      instant
    );
  };
  // A day whose first and last quarter hours have one offset has it throughout: no zone's
  // offset changes and changes back within a day (every zone checked every three hours of
  // 1970–2039). Asking Intl per quarter hour cost about a second per million rows spread
  // over two years.
  const dayOffsets = new Map<number, number | null>();
  const quarterHourOffsets = new Map<number, number>();
  const offsetOfDay = (day: number) => {
    const first = offsetAt(day);
    return first === offsetAt(day + DAY_MS - QUARTER_HOUR_MS) ? first : null;
  };
  return (at) =>
    cached(dayOffsets, Math.floor(at / DAY_MS) * DAY_MS, offsetOfDay) ??
    cached(quarterHourOffsets, Math.floor(at / QUARTER_HOUR_MS) * QUARTER_HOUR_MS, offsetAt);
}

/**
 * Formats stored UTC timestamps as `DD MMM YYYY, HH:mm:ss` (DATE_TIME_FORMAT) in one time
 * zone, for exports of many rows: the same text as `formatInTimeZone`, without dayjs'
 * formatting (bench/README.md, exports); the rest is arithmetic. An unknown zone counts as UTC.
 */
export function zonedDateTimeFormatter(timeZone: string): (iso: string) => string {
  const offsetAt = zoneOffsets(timeZone);
  return (iso) => {
    const at = Date.parse(iso);
    const local = new Date(at + offsetAt(at));
    return `${two(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  };
}
