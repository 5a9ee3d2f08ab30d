import { formatLocalizedCalendarDay } from '../../../common/format/localized-date-time';
import { i18n } from '../../i18n/i18n';

/** A UTC day of a usage series in the shown language's date format ("07 Mar 2026", "07.03.2026"). */
export const dayLabel = (day: string) => formatLocalizedCalendarDay(day, i18n.language);
/** An axis tick: the day without its year ("07 Mar", "07.03", "7 mars", "03/07"). */
export const shortDayLabel = (label: string) =>
  label.replace(/^\d{4}[/.-]\s*|[\s,./-]*\d{4}[.年]?$/, '');
