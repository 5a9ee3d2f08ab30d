import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { i18n } from '../i18n/i18n';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DateRangeFilterProps {
  /** Calendar days "YYYY-MM-DD", inclusive; undefined = open-ended. */
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from?: string; to?: string }) => void;
}

type Range = [string | null, string | null];

/** Mantine's calendar controls have no names of their own (a screen reader says "button"). */
const CALENDAR_CONTROLS = [
  'monthLevelControl',
  'yearLevelControl',
  'previousMonth',
  'nextMonth',
  'previousYear',
  'nextYear',
  'previousDecade',
  'nextDecade',
] as const;
const calendarLabels = () =>
  Object.fromEntries(
    CALENDAR_CONTROLS.map((control) => [control, i18n.t(`common.calendar.${control}`)]),
  );

/** Start and end dates from a dropdown calendar; the list changes once both ends are picked (or both cleared). */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const { t } = useTranslation();
  const [range, setRange] = useState<Range>([from ?? null, to ?? null]);
  useEffect(() => setRange([from ?? null, to ?? null]), [from, to]);
  return (
    // Month and day names in the member's language (its dayjs locale loads with the language).
    <DatesProvider settings={{ locale: i18n.language }}>
      <DatePickerInput
        type="range"
        label={t('common.dateRange.label')}
        placeholder={t('common.dateRange.any')}
        // English keeps the spec's DD MMM YYYY; other languages their own order.
        valueFormat={t('common.dateRange.format')}
        leftSection={<IconCalendar size={16} aria-hidden />}
        clearable
        allowSingleDateInRange
        value={range}
        onChange={(next) => {
          const [start, end] = next.map((day) => (day ? String(day).slice(0, 10) : null)) as Range;
          setRange([start, end]);
          if ((start && end) || (!start && !end))
            onChange({ from: start ?? undefined, to: end ?? undefined });
        }}
        ariaLabels={calendarLabels()}
        popoverProps={{
          attributes: { dropdown: { 'aria-label': t('common.dateRange.choose') } },
        }}
        // Red weekends and grey days of other months fell below 4.5:1 contrast (axe).
        weekendDays={[]}
        hideOutsideDates
        miw={250}
        // Mantine's placeholder grey fails contrast (axe) on this non-native placeholder.
        styles={{ placeholder: { color: 'var(--mantine-color-text)' } }}
      />
    </DatesProvider>
  );
}
