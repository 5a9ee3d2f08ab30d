import { formatCalendarDay } from '../../../common/format/date-time';

/** A UTC day of a usage series in the portal's date format ("07 Mar 2026"). */
export const dayLabel = (day: string) => formatCalendarDay(day);
/** An axis tick: the day without its year ("07 Mar"). */
export const shortDayLabel = (label: string) => label.slice(0, 6);
