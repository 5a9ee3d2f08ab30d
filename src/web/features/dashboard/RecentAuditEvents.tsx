import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

type AuditEvent = DashboardPayload['recentAuditEvents'][number];

const COLUMNS: Column<AuditEvent>[] = [
  {
    header: 'dashboard.columns.dateTime',
    cell: (event) => <DateTime value={event.occurredAt} format="dateTime" exact />,
    nowrap: true,
  },
  { header: 'dashboard.columns.message', cell: (event) => event.message },
  {
    header: 'dashboard.columns.type',
    cell: (event) => <AuditTypeLabel type={event.type} />,
  },
  { header: 'dashboard.columns.user', cell: (event) => event.user },
];

function AuditTypeLabel({ type }: { type: AuditEvent['type'] }) {
  const labels = useLabels();
  return (
    <Text span size="sm">
      {labels.auditType(type)}
    </Text>
  );
}

export function RecentAuditEvents({ events }: { events: AuditEvent[] | undefined }) {
  const { t } = useTranslation();
  return (
    <RecentCard
      title={t('dashboard.recentAudit.title')}
      viewAll={{ section: 'audit', what: t('dashboard.recentAudit.what') }}
      columns={COLUMNS}
      rows={events}
      empty={{
        title: t('dashboard.recentAudit.emptyTitle'),
        description: t('dashboard.recentAudit.emptyDescription'),
      }}
    />
  );
}
