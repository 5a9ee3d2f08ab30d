import { ScrollArea, Skeleton, Table, Text } from '@mantine/core';
import { MAX_RECLAIM_PREVIEW } from '../../../common/plain-values';
import type { ReclaimPreview } from '../../../common/reclaim-schema';
import { DateTime } from '../../components/DateTime';
import { formatNumberIn } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

/** The machines a seat reclaim will free, before it frees them: count and seats, then name, product, last seen. */
export function ReclaimPreviewList({
  preview,
  days,
}: {
  preview: ReclaimPreview | undefined;
  days: number;
}) {
  const { t, i18n } = useTranslation();
  const n = (count: number) => formatNumberIn(i18n.language, count);
  if (!preview)
    return <Skeleton h={120} radius="sm" aria-label={t('activations.reclaim.loading')} />;
  if (preview.total === 0) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('activations.reclaim.nothing', { count: days, days: n(days) })}
      </Text>
    );
  }
  const listed = preview.candidates.length;
  return (
    <>
      <Text size="sm" fw={500} role="status">
        {t('activations.reclaim.summary', {
          activations: t('activations.reclaim.activations', {
            count: preview.total,
            formatted: n(preview.total),
          }),
          seats: t('activations.reclaim.seats', {
            count: preview.seats,
            formatted: n(preview.seats),
          }),
          days: t('activations.reclaim.daysCount', { count: days, formatted: n(days) }),
        })}
        {listed < preview.total
          ? t('activations.reclaim.partly', { listed: n(listed) })
          : t('activations.reclaim.summaryEnd')}
      </Text>
      <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
        <Table
          aria-label={t('activations.reclaim.tableLabel')}
          verticalSpacing={4}
          fz="sm"
          stickyHeader
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activations.reclaim.machine')}</Table.Th>
              <Table.Th>{t('activations.toolbar.product')}</Table.Th>
              <Table.Th>{t('activations.reclaim.lastSeen')}</Table.Th>
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
          {t('activations.reclaim.max', { max: n(MAX_RECLAIM_PREVIEW) })}
        </Text>
      )}
    </>
  );
}
