import { AreaChart, BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { UsageSeries } from '../../../common/usage-api';
import { dayLabel, shortDayLabel } from './usage-labels';
import { useTranslation } from 'react-i18next';

/**
 * The two charts of a usage series: seats in use per day against the purchased seats, and
 * activations and deactivations per week. Loaded on demand (React.lazy in UsageSection, once
 * they are near the window), so a page without charts never loads Recharts. The figures are
 * in the table beside them. Memoized: Recharts draws again only for another series.
 */
export default memo(function UsageCharts({ series }: { series: UsageSeries }) {
  const { t } = useTranslation();
  const days = series.days.map((d) => ({ day: dayLabel(d.date), seats: d.seats }));
  const weeks = series.weeks.map((w) => ({
    week: dayLabel(w.weekStart),
    activations: w.activations,
    deactivations: w.deactivations,
  }));
  // Headroom above the purchased seats, so the line's label stays inside the chart.
  const top = Math.ceil(Math.max(series.purchasedSeats, series.peak.seats, 1) * 1.15);
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('usage.charts.seatsPerDay')}
        </Text>
        <AreaChart
          h={220}
          data={days}
          dataKey="day"
          series={[{ name: 'seats', label: t('usage.seatsInUse'), color: 'blue.6' }]}
          curveType="stepAfter"
          withDots={false}
          referenceLines={[
            { y: series.purchasedSeats, label: t('usage.purchasedSeats'), color: 'red.6' },
          ]}
          yAxisProps={{ domain: [0, top], allowDecimals: false }}
          xAxisProps={{ tickFormatter: shortDayLabel, minTickGap: 24 }}
          areaChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('usage.charts.perWeek')}
        </Text>
        <BarChart
          h={180}
          data={weeks}
          dataKey="week"
          withLegend
          series={[
            { name: 'activations', label: t('usage.activations'), color: 'teal.6' },
            { name: 'deactivations', label: t('usage.deactivations'), color: 'orange.6' },
          ]}
          xAxisProps={{ tickFormatter: shortDayLabel, minTickGap: 24 }}
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
    </Stack>
  );
});
