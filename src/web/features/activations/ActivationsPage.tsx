import { getRouteApi } from '@tanstack/react-router';
import { ActionIcon, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconFileExport, IconInfoCircle, IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import type { DataTableColumn } from 'mantine-datatable';
import { ACTIVATION_SORT_COLUMNS } from '../../../common/plain-values';
import type {
  ActivationItem,
  ActivationListQuery,
  ActivationSortColumn,
} from '../../../common/activations-api';
import { useActivations } from './api/activations';
import { activationsExportUrl } from './api/activations-export';
import { useSession } from '../../api/session';
import { ColumnsMenu } from '../../components/ColumnsMenu';
import { ListTable, type ListSelection, type ListSort } from '../../components/ListTable';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSearchUpdate } from '../../search-params';
import { useVisibleColumns } from '../../components/use-visible-columns';
import {
  ACTIVATION_COLUMNS,
  activationLabel,
  DEFAULT_VISIBLE,
  tableColumns,
} from './activation-columns';
import { parseActivationFilters, type ActivationSearch } from './activation-filters';
import { ActivationDetailDrawer } from './ActivationDetailDrawer';
import { ActivationsToolbar } from './ActivationsToolbar';
import { DeactivateButton } from './DeactivateButton';
import { activationsQueryOf } from './first-page';
import { OfflineActivationModal } from './OfflineActivationModal';
import { ReclaimButton } from './ReclaimButton';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/signed-in/activations');

export function ActivationsPage() {
  const { abilities, user } = useSession();
  const { t } = useTranslation();
  const url = route.useSearch();
  const setUrl = useSearchUpdate<ActivationSearch>();
  const { size, ...filters } = parseActivationFilters(url);
  const [visible, setVisible] = useVisibleColumns(
    'activations',
    ACTIVATION_COLUMNS.map((c) => c.id),
    DEFAULT_VISIBLE,
  );
  const pages = useCursorPages(JSON.stringify([filters, size]));
  const [selected, setSelected] = useState<ActivationItem[]>([]);
  const [shown, setShown] = useState<number | null>(null);
  const [activatingOffline, setActivatingOffline] = useState(false);
  const columns = [
    ...tableColumns(visible),
    {
      accessor: 'details',
      title: <VisuallyHidden>{t('activations.details')}</VisuallyHidden>,
      width: 60,
      render: (a: ActivationItem) => (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('activations.detailsOf', { activation: activationLabel(a) })}
          onClick={() => setShown(a.id)}
        >
          <IconInfoCircle size={18} aria-hidden />
        </ActionIcon>
      ),
    },
  ];
  const canDeactivate = abilities.includes('activations.deactivate');
  const filtered = Boolean(filters.from || filters.to || filters.productId || filters.q);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('activations.title')} description={t('activations.description')} />
        <Group gap="sm">
          {abilities.includes('licenses.activate') && (
            <Button
              variant="default"
              leftSection={<IconPlugConnected size={16} aria-hidden />}
              onClick={() => setActivatingOffline(true)}
            >
              {t('activations.offline.title')}
            </Button>
          )}
          {canDeactivate && <ReclaimButton />}
          {abilities.includes('activations.export') && (
            <Button
              component="a"
              href={activationsExportUrl(filters)}
              download
              variant="default"
              leftSection={<IconFileExport size={16} aria-hidden />}
            >
              {t('activations.exportCsv')}
            </Button>
          )}
        </Group>
      </Group>
      <ActivationsToolbar filters={filters} onChange={setUrl}>
        <ColumnsMenu
          columns={ACTIVATION_COLUMNS.map((c) => ({ id: c.id, title: t(c.title) }))}
          visible={visible}
          onChange={setVisible}
        />
        {canDeactivate && <DeactivateButton selected={selected} onDone={() => setSelected([])} />}
      </ActivationsToolbar>
      <Text size="xs" c="dimmed">
        {t('activations.timesIn', { zone: user.preferences.timezone })}
      </Text>
      <ActivationsList
        query={activationsQueryOf(url, pages.cursor)}
        pages={pages}
        size={size}
        onPageSizeChange={(next) => setUrl({ size: String(next) })}
        columns={columns}
        filtered={filtered}
        sort={{
          column: filters.sort,
          direction: filters.direction,
          sortable: ACTIVATION_SORT_COLUMNS,
          onChange: (column, direction) => setUrl({ sort: column, direction }),
        }}
        selection={
          canDeactivate
            ? {
                selected,
                onChange: setSelected,
                isSelectable: (a) => a.status !== 'deactivated',
                rowLabel: activationLabel,
              }
            : undefined
        }
      />
      <ActivationDetailDrawer
        activationId={shown}
        onClose={() => setShown(null)}
        onShow={setShown}
      />
      <OfflineActivationModal
        opened={activatingOffline}
        onClose={() => setActivatingOffline(false)}
      />
    </Stack>
  );
}

/**
 * The list and its pager. The query is subscribed here, not in the page: each change of its
 * state (fetching, its answer) re-rendered the whole page with its filters, menus and dialogs
 * in one task (decision 162).
 */
function ActivationsList({
  query,
  pages,
  size,
  onPageSizeChange,
  columns,
  filtered,
  sort,
  selection,
}: {
  query: ActivationListQuery;
  pages: ReturnType<typeof useCursorPages>;
  size: number;
  onPageSizeChange: (size: number) => void;
  columns: DataTableColumn<ActivationItem>[];
  filtered: boolean;
  sort: ListSort<ActivationSortColumn>;
  selection: ListSelection<ActivationItem> | undefined;
}) {
  const { t } = useTranslation();
  const activations = useActivations(query);
  return (
    <PagedList
      label={t('activations.title')}
      query={activations}
      pages={pages}
      pageSize={size}
      onPageSizeChange={onPageSizeChange}
      errorTitle={t('activations.loadFailed')}
    >
      {(rows) => (
        <ListTable
          label={t('activations.title')}
          columns={columns}
          rows={rows}
          idAccessor="id"
          fetching={activations.isFetching}
          empty={{
            title: t('activations.emptyTitle'),
            description: filtered ? t('activations.emptyFiltered') : t('activations.emptyNone'),
          }}
          sort={sort}
          selection={selection}
        />
      )}
    </PagedList>
  );
}
