import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface DateRangeFilterProps {
  /** Calendar days "YYYY-MM-DD", inclusive; undefined = open-ended. */
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from?: string; to?: string }) => void;
}

type Range = [string | null, string | null];

/** Start and end dates from a dropdown calendar; the list changes once both ends are picked (or both cleared). */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  const [range, setRange] = useState<Range>([from ?? null, to ?? null]);
  useEffect(() => setRange([from ?? null, to ?? null]), [from, to]);
  return (
    <DatePickerInput
      type="range"
      label="Start/End Date"
      placeholder="Any date"
      valueFormat="DD MMM YYYY"
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable
      allowSingleDateInRange
      value={range}
      onChange={(next) => {
        const [start, end] = next.map((day) => (day ? String(day).slice(0, 10) : null)) as Range;
        setRange([start, end]);
        if ((start && end) || (!start && !end)) onChange({ from: start ?? undefined, to: end ?? undefined });
      }}
      miw={250}
      // Mantine's placeholder grey fails contrast (axe) on this non-native placeholder.
      styles={{ placeholder: { color: 'var(--mantine-color-text)' } }}
    />
  );
}
