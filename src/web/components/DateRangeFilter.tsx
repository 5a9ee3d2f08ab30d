import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { DATE_FORMAT } from '../../common/format/date-time';
import { useEffect, useState } from 'react';

interface DateRangeFilterProps {
  /** Calendar days "YYYY-MM-DD", inclusive; undefined = open-ended. */
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from?: string; to?: string }) => void;
}

type Range = [string | null, string | null];

/** Mantine's calendar controls have no names of their own (a screen reader says "button"). */
const CALENDAR_LABELS = {
  monthLevelControl: 'Choose a month',
  yearLevelControl: 'Choose a year',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
};

/** Start and end dates from a dropdown calendar; the list changes once both ends are picked (or both cleared). */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const [range, setRange] = useState<Range>([from ?? null, to ?? null]);
  useEffect(() => setRange([from ?? null, to ?? null]), [from, to]);
  return (
    <DatePickerInput
      type="range"
      label="Start/End Date"
      placeholder="Any date"
      valueFormat={DATE_FORMAT}
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
      ariaLabels={CALENDAR_LABELS}
      popoverProps={{
        attributes: { dropdown: { 'aria-label': 'Choose the start and end dates' } },
      }}
      // Red weekends and grey days of other months fell below 4.5:1 contrast (axe).
      weekendDays={[]}
      hideOutsideDates
      miw={250}
      // Mantine's placeholder grey fails contrast (axe) on this non-native placeholder.
      styles={{ placeholder: { color: 'var(--mantine-color-text)' } }}
    />
  );
}
