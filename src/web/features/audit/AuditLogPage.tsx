import { getRouteApi } from '@tanstack/react-router';
import { Group, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import type { AuditEventItem, AuditListQuery } from '../../../common/audit-api';
import { useAuditEvents } from './api/audit-events';
import { useSession } from '../../api/session';
import { useVerifyAuditChain } from './api/verify-audit-chain';
import { DateTime } from '../../components/DateTime';
import { ListTable, type ListSort } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSearchUpdate } from '../../search-params';
import { currentLabels } from '../../i18n/labels';
import { i18n } from '../../i18n/i18n';
import { parseAuditFilters, type AuditSearch } from './audit-filters';
import { AuditExportMenu } from './AuditExportMenu';
import { AuditToolbar } from './AuditToolbar';
import { auditEventsQueryOf } from './first-page';
import { ChainVerificationResult, VerifyChainButton } from './ChainVerification';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/signed-in/audit');

/** The log's columns, titled in the current language. */
const columns = (): DataTableColumn<AuditEventItem>[] => [
  {
    accessor: 'occurredAt',
    title: i18n.t('audit.columns.occurredAt'),
    noWrap: true,
    render: (event) => <DateTime value={event.occurredAt} format="dateTime" />,
  },
  { accessor: 'message', title: i18n.t('audit.columns.message') },
  {
    accessor: 'type',
    title: i18n.t('audit.columns.type'),
    render: (event) => currentLabels().auditType(event.type),
  },
  { accessor: 'user', title: i18n.t('audit.columns.user') },
];

export function AuditLogPage() {
  const { abilities, user } = useSession();
  const { t } = useTranslation();
  const url = route.useSearch();
  const setUrl = useSearchUpdate<AuditSearch>();
  const { direction, size, ...filters } = parseAuditFilters(url);
  const pages = useCursorPages(JSON.stringify([filters, direction, size]));
  const verify = useVerifyAuditChain();
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('audit.title')} description={t('audit.description')} />
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
        {t('audit.timesIn', { zone: user.preferences.timezone })}
      </Text>
      <AuditEventsList
        query={auditEventsQueryOf(url, pages.cursor)}
        pages={pages}
        size={size}
        onPageSizeChange={(next) => setUrl({ size: String(next) })}
        filtered={filtered}
        sort={{
          column: 'occurredAt',
          direction,
          sortable: ['occurredAt'],
          onChange: (_, next) => setUrl({ direction: next === 'asc' ? 'asc' : undefined }),
        }}
      />
    </Stack>
  );
}

/**
 * The log and its pager. The query is subscribed here, not in the page: each change of its
 * state (fetching, its answer) re-rendered the whole page with its filters and menus in one
 * task (decision 162).
 */
function AuditEventsList({
  query,
  pages,
  size,
  onPageSizeChange,
  filtered,
  sort,
}: {
  query: AuditListQuery;
  pages: ReturnType<typeof useCursorPages>;
  size: number;
  onPageSizeChange: (size: number) => void;
  filtered: boolean;
  sort: ListSort<'occurredAt'>;
}) {
  const { t } = useTranslation();
  const events = useAuditEvents(query);
  return (
    <PagedList
      label={t('audit.label')}
      query={events}
      pages={pages}
      pageSize={size}
      onPageSizeChange={onPageSizeChange}
      errorTitle={t('audit.loadFailed')}
    >
      {(rows) => (
        <ListTable
          label={t('audit.label')}
          columns={columns()}
          rows={rows}
          idAccessor="id"
          fetching={events.isFetching}
          empty={{
            title: t('audit.emptyTitle'),
            description: filtered ? t('audit.emptyFiltered') : t('audit.emptyNone'),
          }}
          sort={sort}
        />
      )}
    </PagedList>
  );
}
