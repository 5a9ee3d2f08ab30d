import { DATE_FORMAT, DATE_TIME_FORMAT, formatInTimeZone } from '../../common/format/date-time.js';
import type { Language } from '../../common/preferences.js';

const knownZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

function intlFormat(iso: string, language: Language, timeZone: string, withTime: boolean) {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'medium' } : {}),
    timeZone: knownZone(timeZone),
  }).format(new Date(iso));
}

/** A day in a mail: English keeps the spec's "DD MMM YYYY"; other languages their medium format. */
export function mailDate(iso: string, language: Language, timeZone: string): string {
  return language === 'en'
    ? formatInTimeZone(iso, timeZone, DATE_FORMAT)
    : intlFormat(iso, language, timeZone, false);
}

/** A moment in a mail: English "DD MMM YYYY, HH:mm:ss"; other languages their medium format. */
export function mailDateTime(iso: string, language: Language, timeZone: string): string {
  return language === 'en'
    ? formatInTimeZone(iso, timeZone, DATE_TIME_FORMAT)
    : intlFormat(iso, language, timeZone, true);
}
