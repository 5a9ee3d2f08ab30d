import { ScrollArea, Skeleton, Table, Text } from '@mantine/core';
import { MAX_RECLAIM_PREVIEW } from '../../../common/activations-api';
import type { ReclaimPreview } from '../../../common/reclaim-schema';
import { DateTime } from '../../components/DateTime';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** The machines a seat reclaim will free, before it frees them: count and seats, then name, product, last seen. */
export function ReclaimPreviewList({
  preview,
  days,
}: {
  preview: ReclaimPreview | undefined;
  days: number;
}) {
  if (!preview)
    return <Skeleton h={120} radius="sm" aria-label="Loading the activations to free" />;
  if (preview.total === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        No live activation has gone unseen for {plural(days, 'day', 'days')}: nothing to free.
      </Text>
    );
  }
  const listed = preview.candidates.length;
  return (
    <>
      <Text size="sm" fw={500} role="status">
        {plural(preview.total, 'activation', 'activations')} (
        {plural(preview.seats, 'seat', 'seats')}) not seen for {plural(days, 'day', 'days')} will be
        freed
        {listed < preview.total
          ? `: the ${listed.toLocaleString()} seen longest ago now, the rest on the next run.`
          : '.'}
      </Text>
      <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
        <Table aria-label="Activations to free" verticalSpacing={4} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Machine</Table.Th>
              <Table.Th>Product</Table.Th>
              <Table.Th>Last seen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Td style={{ wordBreak: 'break-word' }}>{candidate.name}</Table.Td>
                <Table.Td>{candidate.productName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={candidate.lastSeenAt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {listed === MAX_RECLAIM_PREVIEW && listed < preview.total && (
        <Text size="xs" c="dimmed">
          A run frees at most {MAX_RECLAIM_PREVIEW.toLocaleString()} activations.
        </Text>
      )}
    </>
  );
}
