import { Table } from '@mantine/core';
import { memo } from 'react';
import type { UsageSeries } from '../../../common/usage-api';
import { dayLabel } from './usage-labels';
import { i18n } from '../../i18n/i18n';
import { formatNumberIn } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

/**
 * The figures of the charts as tables: seats in use per day (newest first) and the weeks.
 * Memoized: up to 365 rows, rendered again only for another series.
 */
export const UsageTable = memo(function UsageTable({
  series,
  name,
}: {
  series: UsageSeries;
  name: string;
}) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumberIn(i18n.language, value);
  return (
    <>
      <Table striped withTableBorder fz="sm" aria-label={t('usage.table.perDay', { name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('usage.table.day')}</Table.Th>
            <Table.Th scope="col">{t('usage.seatsInUse')}</Table.Th>
            <Table.Th scope="col">{t('usage.purchasedSeats')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...series.days].reverse().map((day) => (
            <Table.Tr key={day.date}>
              <Table.Th scope="row" fw={400}>
                {dayLabel(day.date)}
              </Table.Th>
              <Table.Td>{n(day.seats)}</Table.Td>
              <Table.Td>{n(series.purchasedSeats)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table
        striped
        withTableBorder
        fz="sm"
        mt="md"
        aria-label={t('usage.table.perWeek', { name })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('usage.table.weekOf')}</Table.Th>
            <Table.Th scope="col">{t('usage.activations')}</Table.Th>
            <Table.Th scope="col">{t('usage.deactivations')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...series.weeks].reverse().map((week) => (
            <Table.Tr key={week.weekStart}>
              <Table.Th scope="row" fw={400}>
                {dayLabel(week.weekStart)}
              </Table.Th>
              <Table.Td>{n(week.activations)}</Table.Td>
              <Table.Td>{n(week.deactivations)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
});
