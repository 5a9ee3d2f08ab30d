import { Text } from '@mantine/core';
import type { DashboardPayload } from '../../../common/api-types';
import { DateTime } from '../../components/DateTime';
import { RecentCard, type Column } from './RecentCard';
import { AUDIT_TYPE_LABELS } from '../../../common/audit-api';

type AuditEvent = DashboardPayload['recentAuditEvents'][number];

const COLUMNS: Column<AuditEvent>[] = [
  {
    header: 'Date & time',
    cell: (event) => <DateTime value={event.occurredAt} format="dateTime" exact />,
    nowrap: true,
  },
  { header: 'Message', cell: (event) => event.message },
  {
    header: 'Type',
    cell: (event) => (
      <Text span size="sm">
        {AUDIT_TYPE_LABELS[event.type]}
      </Text>
    ),
  },
  { header: 'User', cell: (event) => event.user },
];

export function RecentAuditEvents({ events }: { events: AuditEvent[] | undefined }) {
  return (
    <RecentCard
      title="Recent Audits & Events"
      viewAll={{ section: 'audit', what: 'audits and events' }}
      columns={COLUMNS}
      rows={events}
      empty={{
        title: 'No events yet',
        description: 'Sign-ins, activations and member changes appear here.',
      }}
    />
  );
}
