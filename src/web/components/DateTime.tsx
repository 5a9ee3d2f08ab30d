import { useTranslation } from 'react-i18next';
import {
  formatLocalizedCalendarDay,
  formatLocalizedInstant,
} from '../../common/format/localized-date-time';
import { formatRelative } from '../../common/format/relative-time';
import { usePreferences } from './preferences-context';

interface DateTimeProps {
  value: string;
  format?: 'date' | 'dateTime';
  /** Always the exact date, whatever the member's date display (the audit log's format is fixed). */
  exact?: boolean;
}

/**
 * A stored UTC timestamp shown in the member's time zone (`user.preferences.timezone`) and
 * language (English: `DD MMM YYYY, HH:mm:ss`; others their medium format), or relative to now
 * when they chose relative dates, with the exact one on hover.
 */
export function DateTime({ value, format = 'date', exact = false }: DateTimeProps) {
  const { timezone, dateDisplay } = usePreferences();
  const { i18n } = useTranslation();
  const absolute = formatLocalizedInstant(value, timezone, i18n.language, format);
  if (dateDisplay === 'relative' && !exact) {
    return (
      <time dateTime={value} title={absolute}>
        {formatRelative(value, new Date(), i18n.language)}
      </time>
    );
  }
  return <time dateTime={value}>{absolute}</time>;
}

/** A calendar day without a time ("YYYY-MM-DD", e.g. an order date): the same day in every zone. */
export function CalendarDay({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatLocalizedCalendarDay(value, i18n.language)}</time>;
}
