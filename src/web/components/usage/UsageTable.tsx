import { Table } from '@mantine/core';
import type { UsageSeries } from '../../../common/usage-api';
import { dayLabel } from './usage-labels';

/** The figures of the charts as tables: seats in use per day (newest first) and the weeks. */
export function UsageTable({ series, name }: { series: UsageSeries; name: string }) {
  return (
    <>
      <Table striped withTableBorder fz="sm" aria-label={`Seats in use per day, ${name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Day</Table.Th>
            <Table.Th scope="col">Seats in use</Table.Th>
            <Table.Th scope="col">Purchased seats</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...series.days].reverse().map((day) => (
            <Table.Tr key={day.date}>
              <Table.Th scope="row" fw={400}>
                {dayLabel(day.date)}
              </Table.Th>
              <Table.Td>{day.seats.toLocaleString()}</Table.Td>
              <Table.Td>{series.purchasedSeats.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Table striped withTableBorder fz="sm" mt="md" aria-label={`Activations per week, ${name}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Week of</Table.Th>
            <Table.Th scope="col">Activations</Table.Th>
            <Table.Th scope="col">Deactivations</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...series.weeks].reverse().map((week) => (
            <Table.Tr key={week.weekStart}>
              <Table.Th scope="row" fw={400}>
                {dayLabel(week.weekStart)}
              </Table.Th>
              <Table.Td>{week.activations.toLocaleString()}</Table.Td>
              <Table.Td>{week.deactivations.toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
