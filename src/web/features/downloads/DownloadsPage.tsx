import { getRouteApi } from '@tanstack/react-router';
import { Group, Select, Skeleton, Stack } from '@mantine/core';
import { useDownloadFilters } from './api/download-filters';
import { useDownloadReleases } from './api/download-releases';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSearchUpdate } from '../../search-params';
import { parseDownloadFilters, type DownloadSearch } from './download-filters';
import { ReleaseCard } from './ReleaseCard';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

const route = getRouteApi('/signed-in/downloads');

const ALL = 'all';

export function DownloadsPage() {
  const url = route.useSearch();
  const { t } = useTranslation();
  const labels = useLabels();
  const setUrl = useSearchUpdate<DownloadSearch>();
  const { productId, kind, platform, size } = parseDownloadFilters(url);
  const options = useDownloadFilters();
  const pages = useCursorPages(JSON.stringify([productId, kind, platform, size]));
  const releases = useDownloadReleases({
    productId,
    kind,
    platform,
    cursor: pages.cursor,
    limit: size,
  });
  const filtered = productId !== undefined || kind !== undefined || platform !== undefined;

  return (
    <Stack gap="lg">
      <PageHeader title={t('downloads.title')} description={t('downloads.description')} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('downloads.filters.product')}
          data={[
            { value: ALL, label: t('downloads.filters.allProducts') },
            ...(options.data?.products ?? []).map((p) => ({ value: String(p.id), label: p.name })),
          ]}
          value={productId === undefined ? ALL : String(productId)}
          onChange={(value) =>
            setUrl({ product: value === ALL ? undefined : (value ?? undefined) })
          }
          allowDeselect={false}
          w={240}
        />
        <Select
          label={t('downloads.filters.category')}
          data={[
            { value: ALL, label: t('downloads.filters.allFiles') },
            ...(options.data?.kinds ?? []).map((k) => ({
              value: k,
              label: t(`downloads.kind.${k}`),
            })),
          ]}
          value={kind ?? ALL}
          onChange={(value) => setUrl({ kind: value === ALL ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('downloads.filters.platform')}
          data={[
            { value: ALL, label: t('downloads.filters.allPlatforms') },
            ...(options.data?.platforms ?? []).map((platform) => ({
              value: platform,
              label: labels.platform(platform),
            })),
          ]}
          value={platform ?? ALL}
          onChange={(value) =>
            setUrl({ platform: value === ALL ? undefined : (value ?? undefined) })
          }
          allowDeselect={false}
          w={200}
        />
      </Group>
      <PagedList
        label={t('downloads.releases')}
        query={releases}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => setUrl({ size: String(next) })}
        errorTitle={t('downloads.loadFailed')}
      >
        {(items) =>
          !items ? (
            <Skeleton height={220} radius="md" aria-label={t('downloads.loading')} />
          ) : items.length === 0 ? (
            <EmptyState
              title={t('downloads.emptyTitle')}
              description={filtered ? t('downloads.emptyFiltered') : t('downloads.emptyNone')}
            />
          ) : (
            <Stack gap="md" aria-busy={releases.isFetching}>
              {items.map((release) => (
                <ReleaseCard key={release.id} release={release} />
              ))}
            </Stack>
          )
        }
      </PagedList>
    </Stack>
  );
}
