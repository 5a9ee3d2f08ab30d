import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  formatInTimeZone,
} from '../../src/common/format/date-time.js';
import { zonedDateTimeFormatter } from '../../src/common/format/zoned-date-time.js';

const HOUR = 3_600_000;

/** Zones with whole, half and 45-minute offsets and daylight saving, with their 2026 changes (UTC, ± a few hours). */
const ZONES: Record<string, string[]> = {
  UTC: [],
  'Europe/Berlin': ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z'],
  'America/Los_Angeles': ['2026-03-08T10:00:00Z', '2026-11-01T09:00:00Z'],
  'America/St_Johns': ['2026-03-08T05:30:00Z', '2026-11-01T04:30:00Z'],
  'Asia/Kolkata': [],
  'Australia/Lord_Howe': ['2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z'],
  'Pacific/Chatham': ['2026-04-04T14:00:00Z', '2026-09-26T14:00:00Z'],
};

function instants(changes: string[]): string[] {
  const sweep = Array.from(
    { length: 1200 },
    (_, i) => Date.parse('2026-01-01T00:00:00Z') + i * 7.3 * HOUR,
  );
  const aroundChanges = changes.flatMap((change) =>
    Array.from({ length: 97 }, (_, i) => Date.parse(change) - 8 * HOUR + i * 10 * 60_000 + 7_000),
  );
  return [...sweep, ...aroundChanges].map((at) => new Date(at).toISOString());
}

describe('formatInTimeZone', () => {
  it(
    "writes what dayjs' own time-zone conversion writes, also across daylight-saving changes",
    { timeout: 60_000 },
    () => {
      for (const [zone, changes] of Object.entries(ZONES))
        for (const iso of instants(changes))
          for (const format of [DATE_FORMAT, DATE_TIME_FORMAT])
            expect(formatInTimeZone(iso, zone, format), `${zone} ${iso}`).toBe(
              dayjs.utc(iso).tz(zone).format(format),
            );
    },
  );

  it('treats an unknown zone as UTC and an invalid timestamp as dayjs does', () => {
    expect(formatInTimeZone('2026-06-01T21:59:59.000Z', 'Mars/Olympus', DATE_TIME_FORMAT)).toBe(
      '01 Jun 2026, 21:59:59',
    );
    expect(formatInTimeZone('not a date', 'Europe/Berlin', DATE_FORMAT)).toBe('Invalid Date');
  });
});

describe('zonedDateTimeFormatter', () => {
  it(
    'writes exactly what formatInTimeZone writes, also across daylight-saving changes',
    { timeout: 60_000 },
    () => {
      for (const [zone, changes] of Object.entries(ZONES)) {
        const format = zonedDateTimeFormatter(zone);
        for (const iso of instants(changes))
          expect(format(iso), `${zone} ${iso}`).toBe(formatInTimeZone(iso, zone, DATE_TIME_FORMAT));
      }
    },
  );

  it('treats an unknown zone as UTC, like formatInTimeZone', () => {
    expect(zonedDateTimeFormatter('Mars/Olympus')('2026-06-01T21:59:59.000Z')).toBe(
      '01 Jun 2026, 21:59:59',
    );
  });
});
