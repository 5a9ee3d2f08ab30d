import { getRouteApi } from '@tanstack/react-router';
import { Group, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { AUDIT_TYPE_LABELS, type AuditEventItem } from '../../../common/audit-api';
import { useAuditEvents } from './api/audit-events';
import { useSession } from '../../api/session';
import { useVerifyAuditChain } from './api/verify-audit-chain';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSearchUpdate } from '../../search-params';
import { parseAuditFilters, type AuditSearch } from './audit-filters';
import { AuditExportMenu } from './AuditExportMenu';
import { AuditToolbar } from './AuditToolbar';
import { ChainVerificationResult, VerifyChainButton } from './ChainVerification';

const route = getRouteApi('/signed-in/audit');

const COLUMNS: DataTableColumn<AuditEventItem>[] = [
  {
    accessor: 'occurredAt',
    title: 'Date & Time',
    noWrap: true,
    render: (event) => <DateTime value={event.occurredAt} format="dateTime" />,
  },
  { accessor: 'message', title: 'Message' },
  { accessor: 'type', title: 'Type', render: (event) => AUDIT_TYPE_LABELS[event.type] },
  { accessor: 'user', title: 'User' },
];

export function AuditLogPage() {
  const { abilities, user } = useSession();
  const url = route.useSearch();
  const setUrl = useSearchUpdate<AuditSearch>();
  const { direction, size, ...filters } = parseAuditFilters(url);
  const pages = useCursorPages(JSON.stringify([filters, direction, size]));
  const events = useAuditEvents({ ...filters, direction, cursor: pages.cursor, limit: size });
  const verify = useVerifyAuditChain();
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader
          title="Audit & Event Log"
          description="Who did what, when and from where: license, member, sign-in and settings activity."
        />
        <Group gap="sm">
          {abilities.includes('audit.verify') && <VerifyChainButton verify={verify} />}
          {abilities.includes('audit.export') && <AuditExportMenu filters={filters} />}
        </Group>
      </Group>
      {verify.data && (
        <ChainVerificationResult result={verify.data} onClose={() => verify.reset()} />
      )}
      <AuditToolbar filters={filters} onChange={setUrl} />
      <Text size="xs" c="dimmed">
        Times in {user.preferences.timezone}.
      </Text>
      <PagedList
        label="Audit events"
        query={events}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => setUrl({ size: String(next) })}
        errorTitle="The events could not be loaded"
      >
        {(rows) => (
          <ListTable
            label="Audit events"
            columns={COLUMNS}
            rows={rows}
            idAccessor="id"
            fetching={events.isFetching}
            empty={{
              title: 'No events found',
              description: filtered
                ? 'No event matches these filters.'
                : 'Sign-ins, activations and member changes appear here.',
            }}
            sort={{
              column: 'occurredAt',
              direction,
              sortable: ['occurredAt'],
              onChange: (_, next) => setUrl({ direction: next === 'asc' ? 'asc' : undefined }),
            }}
          />
        )}
      </PagedList>
    </Stack>
  );
}
