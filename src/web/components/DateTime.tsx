import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  formatCalendarDay,
  formatInTimeZone,
} from '../../common/format/date-time';
import { formatRelative } from '../../common/format/relative-time';
import { useSession } from '../api/session';

const FORMATS = { date: DATE_FORMAT, dateTime: DATE_TIME_FORMAT };

interface DateTimeProps {
  value: string;
  format?: keyof typeof FORMATS;
  /** Always the exact date, whatever the member's date display (the audit log's format is fixed). */
  exact?: boolean;
}

/**
 * A stored UTC timestamp shown in the member's time zone (`user.preferences.timezone`), or
 * relative to now when they chose relative dates, with the exact one on hover.
 */
export function DateTime({ value, format = 'date', exact = false }: DateTimeProps) {
  const { timezone, dateDisplay } = useSession().user.preferences;
  const absolute = formatInTimeZone(value, timezone, FORMATS[format]);
  if (dateDisplay === 'relative' && !exact) {
    return (
      <time dateTime={value} title={absolute}>
        {formatRelative(value, new Date())}
      </time>
    );
  }
  return <time dateTime={value}>{absolute}</time>;
}

/** A calendar day without a time ("YYYY-MM-DD", e.g. an order date): the same day in every zone. */
export function CalendarDay({ value }: { value: string }) {
  return <time dateTime={value}>{formatCalendarDay(value)}</time>;
}
