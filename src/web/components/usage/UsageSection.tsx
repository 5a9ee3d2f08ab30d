import {
  Button,
  Center,
  Group,
  Loader,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import {
  USAGE_RANGE_LABELS,
  USAGE_RANGES,
  type UsageRange,
  type UsageSeries,
} from '../../../common/usage-api';
import { expirySentence, forecastSentence } from '../../../common/usage-forecast';
import { ErrorState } from '../ErrorState';
import { UsageTable } from './UsageTable';
import { dayLabel } from './usage-labels';

// Recharts is large: only a page that shows a usage chart loads it.
const UsageCharts = lazy(() => import('./UsageCharts'));

interface UsageSectionProps {
  /** The section's heading, e.g. "Seat usage", and its level (3 inside a panel's sections). */
  title: string;
  order?: 2 | 3;
  /** What the sentences name ("Atlas CAD", "ENT-000104", the organization). */
  name: string;
  query: UseQueryResult<UsageSeries>;
  range: UsageRange;
  onRangeChange: (range: UsageRange) => void;
}

const seatWord = (count: number) => (count === 1 ? 'seat' : 'seats');

/**
 * Seats in use over time with the range, the peak against the purchased seats, the forecast
 * in words, the charts and the same figures as a table (shown on request, otherwise there
 * for screen readers only).
 */
export function UsageSection({
  title,
  order = 2,
  name,
  query,
  range,
  onRangeChange,
}: UsageSectionProps) {
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  const series = query.data;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={order} size="h5" id={titleId}>
            {title}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label="Period"
            value={range}
            onChange={(value) => onRangeChange(value as UsageRange)}
            data={USAGE_RANGES.map((r) => ({ value: r, label: USAGE_RANGE_LABELS[r] }))}
          />
        </Group>
        {series ? (
          <>
            <UsageFacts series={series} name={name} />
            <Group justify="flex-end">
              <Button
                size="xs"
                variant="subtle"
                aria-pressed={asTable}
                onClick={() => setAsTable((shown) => !shown)}
              >
                {asTable ? 'Show chart' : 'Show table'}
              </Button>
            </Group>
            {asTable ? (
              <ScrollArea.Autosize
                mah={320}
                type="auto"
                // A region that scrolls must take the keyboard's focus (axe: scrollable-region-focusable).
                viewportProps={{
                  tabIndex: 0,
                  role: 'region',
                  'aria-label': `Usage figures, ${name}`,
                }}
              >
                <UsageTable series={series} name={name} />
              </ScrollArea.Autosize>
            ) : (
              <>
                <Suspense fallback={<ChartLoader />}>
                  <UsageCharts series={series} />
                </Suspense>
                <VisuallyHidden>
                  <UsageTable series={series} name={name} />
                </VisuallyHidden>
              </>
            )}
          </>
        ) : query.error ? (
          <ErrorState
            title="The usage could not be loaded"
            error={query.error}
            onRetry={() => query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <ChartLoader />
        )}
      </Stack>
    </Paper>
  );
}

function ChartLoader() {
  return (
    <Center h={220}>
      <Loader aria-label="Loading the usage" />
    </Center>
  );
}

/** In use now, the peak of the period against the purchased seats, and the forecast in words. */
function UsageFacts({ series, name }: { series: UsageSeries; name: string }) {
  const purchased = series.purchasedSeats;
  return (
    <Stack gap={4}>
      <Text size="sm">
        <strong>{series.seatsInUse.toLocaleString()}</strong> of {purchased.toLocaleString()}{' '}
        purchased {seatWord(purchased)} in use now · peak{' '}
        <strong>{series.peak.seats.toLocaleString()}</strong> on {dayLabel(series.peak.date)}
      </Text>
      <Text size="sm" fw={500} data-testid="usage-forecast">
        {forecastSentence(name, series.forecast)}
      </Text>
      {series.expiry && (
        <Text size="sm" fw={500} data-testid="usage-expiry">
          {expirySentence(name, series.expiry.daysLeft, series.seatsInUse, series.purchasedSeats)}
        </Text>
      )}
    </Stack>
  );
}
