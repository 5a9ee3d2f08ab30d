import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/common/format/file-size.js';
import {
  formatLocalizedCalendarDay,
  formatLocalizedInstant,
} from '../../src/common/format/localized-date-time.js';
import { formatRelative } from '../../src/common/format/relative-time.js';
import { browserLanguage, resolveLanguage } from '../../src/web/i18n/language.js';

describe('the language a page is in', () => {
  it('is the first browser language the portal speaks, by its base language, else English', () => {
    expect(browserLanguage(['de-AT', 'en-US'])).toBe('de');
    expect(browserLanguage(['pt-BR', 'fr-CA', 'de'])).toBe('fr');
    expect(browserLanguage(['ja'])).toBe('ja');
    expect(browserLanguage(['pt-BR'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('is the member’s choice, unless they follow the browser', () => {
    expect(resolveLanguage('ja', ['de-DE'])).toBe('ja');
    expect(resolveLanguage('browser', ['de-DE'])).toBe('de');
    expect(resolveLanguage(undefined, ['fr-FR'])).toBe('fr');
    expect(resolveLanguage('xx', ['en-GB'])).toBe('en');
  });
});

describe('dates and numbers in the member’s language and time zone', () => {
  const instant = '2026-03-07T13:05:09.000Z';

  it('keeps the spec’s format in English and uses each language’s medium format otherwise', () => {
    expect(formatLocalizedInstant(instant, 'Europe/Berlin', 'en', 'dateTime')).toBe(
      '07 Mar 2026, 14:05:09',
    );
    expect(formatLocalizedInstant(instant, 'Europe/Berlin', 'de', 'dateTime')).toBe(
      '07.03.2026, 14:05:09',
    );
    expect(formatLocalizedInstant(instant, 'Asia/Tokyo', 'ja', 'dateTime')).toBe(
      '2026/03/07 22:05:09',
    );
    expect(formatLocalizedInstant(instant, 'America/New_York', 'fr', 'date')).toBe('7 mars 2026');
    expect(formatLocalizedInstant(instant, 'Not/AZone', 'de', 'date')).toBe('07.03.2026');
  });

  it('shows a calendar day on the same day in every language', () => {
    expect(formatLocalizedCalendarDay('2026-03-07', 'en')).toBe('07 Mar 2026');
    expect(formatLocalizedCalendarDay('2026-03-07', 'de')).toBe('07.03.2026');
    expect(formatLocalizedCalendarDay('2026-03-07', 'ja')).toBe('2026/03/07');
  });

  it('says relative dates and file sizes in the language', () => {
    const now = new Date('2026-06-15T12:00:00.000Z');
    const daysAgo = new Date(now.getTime() - 3 * 86_400_000).toISOString();
    expect(formatRelative(daysAgo, now)).toBe('3 days ago');
    expect(formatRelative(daysAgo, now, 'de')).toBe('vor 3 Tagen');
    expect(formatRelative(daysAgo, now, 'ja')).toBe('3 日前');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(1536, 'de')).toBe('1,5 kB');
    expect(formatFileSize(512, 'de')).toBe('512 Byte');
  });
});
