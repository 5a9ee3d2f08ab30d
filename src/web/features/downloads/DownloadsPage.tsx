import { getRouteApi } from '@tanstack/react-router';
import { Group, Select, Skeleton, Stack } from '@mantine/core';
import { ARTIFACT_KIND_LABELS } from '../../../common/downloads-api';
import { useDownloadFilters } from './api/download-filters';
import { useDownloadReleases } from './api/download-releases';
import { EmptyState } from '../../components/EmptyState';
import { PagedList } from '../../components/PagedList';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useSearchUpdate } from '../../search-params';
import { parseDownloadFilters, type DownloadSearch } from './download-filters';
import { ReleaseCard } from './ReleaseCard';
import { platformLabel } from '../../../common/labels';

const route = getRouteApi('/signed-in/downloads');

const ALL = 'all';

export function DownloadsPage() {
  const url = route.useSearch();
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
      <PageHeader
        title="Downloads"
        description="Installers and documentation of the products your organization holds licenses for, newest first."
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Product"
          data={[
            { value: ALL, label: 'All products' },
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
          label="Category"
          data={[
            { value: ALL, label: 'All files' },
            ...(options.data?.kinds ?? []).map((k) => ({
              value: k,
              label: ARTIFACT_KIND_LABELS[k],
            })),
          ]}
          value={kind ?? ALL}
          onChange={(value) => setUrl({ kind: value === ALL ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={200}
        />
        <Select
          label="Platform"
          data={[
            { value: ALL, label: 'All platforms' },
            ...(options.data?.platforms ?? []).map((platform) => ({
              value: platform,
              label: platformLabel(platform),
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
        label="Releases"
        query={releases}
        pages={pages}
        pageSize={size}
        onPageSizeChange={(next) => setUrl({ size: String(next) })}
        errorTitle="The downloads could not be loaded"
      >
        {(items) =>
          !items ? (
            <Skeleton height={220} radius="md" aria-label="Loading downloads" />
          ) : items.length === 0 ? (
            <EmptyState
              title="No downloads"
              description={
                filtered
                  ? 'No release matches these filters.'
                  : 'Your organization holds no license that includes downloadable releases.'
              }
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
