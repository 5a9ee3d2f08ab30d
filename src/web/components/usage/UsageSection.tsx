import {
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useId, useState } from 'react';
import { USAGE_RANGES } from '../../../common/plain-values';
import type { UsageRange, UsageSeries } from '../../../common/usage-api';
import { formatNumberIn } from '../../i18n/labels';
import { Trans, useTranslation } from 'react-i18next';
import { expiryText, forecastText, rangeText } from './usage-text';
import { ErrorState } from '../ErrorState';
import { UsageTable } from './UsageTable';
import { dayLabel } from './usage-labels';
import { i18n } from '../../i18n/i18n';
import { useAfterFirstPaint } from '../use-after-first-paint';
import { useNearViewport } from '../use-near-viewport';

/** The height of the range control at size xs, which its place keeps before it mounts. */
const RANGE_CONTROL_HEIGHT = 31;
/** The height of the two charts (UsageCharts), which their place keeps until they show. */
const CHARTS_HEIGHT = 465;

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
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const painted = useAfterFirstPaint();
  // Rendered in slices when the answer (or another range's) arrives, not in one task (decision 151).
  const series = useDeferredValue(query.data);
  // Recharts is loaded, evaluated and drawn only once the charts' place is near (decision 151).
  const [chartsPlace, chartsNear] = useNearViewport<HTMLDivElement>();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={order} size="h5" id={titleId}>
            {title}
          </Title>
          {/* Mounted a frame after the section (decision 146), in a place of its height meanwhile. */}
          <Box h={RANGE_CONTROL_HEIGHT}>
            {painted && (
              <SegmentedControl
                size="xs"
                aria-label={t('usage.period')}
                value={range}
                onChange={(value) => onRangeChange(value as UsageRange)}
                data={USAGE_RANGES.map((r) => ({ value: r, label: rangeText(r) }))}
              />
            )}
          </Box>
        </Group>
        {series ? (
          <>
            <UsageFacts series={series} name={name} />
            <Group justify="flex-end">
              <Button
                size="xs"
                // Default, not subtle: subtle text on its hover tint fell below 4.5:1 (axe).
                variant="default"
                aria-pressed={asTable}
                onClick={() => setAsTable((shown) => !shown)}
              >
                {t(asTable ? 'usage.showChart' : 'usage.showTable')}
              </Button>
            </Group>
            {asTable ? (
              // No scroll area of its own: one nested in a panel kept the wheel from the panel.
              <UsageTable series={series} name={name} />
            ) : (
              <>
                {/* The charts' place is there at once (an image named by its table, which
                    screen readers read instead); Recharts only when it is near. */}
                <Box
                  ref={chartsPlace}
                  mih={CHARTS_HEIGHT}
                  role="img"
                  aria-label={t('usage.charts.label')}
                >
                  {chartsNear && (
                    <Suspense fallback={<ChartLoader h={CHARTS_HEIGHT} />}>
                      <UsageCharts series={series} />
                    </Suspense>
                  )}
                </Box>
                <VisuallyHidden>
                  <UsageTable series={series} name={name} />
                </VisuallyHidden>
              </>
            )}
          </>
        ) : query.error ? (
          <ErrorState
            title={t('usage.loadFailed')}
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

function ChartLoader({ h = 220 }: { h?: number }) {
  const { t } = useTranslation();
  return (
    <Center h={h}>
      <Loader role="status" aria-label={t('usage.loading')} />
    </Center>
  );
}

/** In use now, the peak of the period against the purchased seats, and the forecast in words. */
function UsageFacts({ series, name }: { series: UsageSeries; name: string }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumberIn(i18n.language, value);
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Trans
          i18nKey="usage.facts"
          count={series.purchasedSeats}
          values={{
            inUse: n(series.seatsInUse),
            purchased: n(series.purchasedSeats),
            peak: n(series.peak.seats),
            date: dayLabel(series.peak.date),
          }}
          components={{ b: <strong /> }}
        />
      </Text>
      <Text size="sm" fw={500} data-testid="usage-forecast">
        {forecastText(t, name, series.forecast)}
      </Text>
      {series.expiry && (
        <Text size="sm" fw={500} data-testid="usage-expiry">
          {expiryText(t, name, series.expiry.daysLeft, series.seatsInUse, series.purchasedSeats)}
        </Text>
      )}
    </Stack>
  );
}
