import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useId } from 'react';
import { ARTIFACT_KINDS } from '../../../common/plain-values';
import type {
  ArtifactKind,
  DownloadArtifactItem,
  DownloadReleaseItem,
} from '../../../common/downloads-api';
import { formatFileSize } from '../../../common/format/file-size';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { DownloadButton } from './DownloadButton';
import { i18n } from '../../i18n/i18n';
import { currentLabels, useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

/** Two even lines of 32 characters: a narrower column left a lone character on a third line. */
const HASH_STYLE = {
  wordBreak: 'break-all',
  display: 'inline-block',
  width: '32ch',
  boxSizing: 'content-box',
} as const;

/** Built at render, so titles follow the member's language. */
const fileColumns = (): DataTableColumn<DownloadArtifactItem>[] => [
  { accessor: 'fileName', title: i18n.t('downloads.files.file') },
  {
    accessor: 'size',
    title: i18n.t('downloads.files.size'),
    noWrap: true,
    render: (artifact) => formatFileSize(artifact.size, i18n.language),
  },
  {
    accessor: 'sha256',
    title: 'SHA-256',
    render: (artifact) => (
      <Code title={artifact.sha256} style={HASH_STYLE}>
        {artifact.sha256}
      </Code>
    ),
  },
  {
    accessor: 'download',
    title: i18n.t('downloads.button.text'),
    textAlign: 'right',
    render: (artifact) => <DownloadButton artifact={artifact} />,
  },
];

/** Installers show what they are built for; documentation fits every platform. */
const columns = (): Record<ArtifactKind, DataTableColumn<DownloadArtifactItem>[]> => ({
  installer: [
    {
      accessor: 'platform',
      title: i18n.t('downloads.filters.platform'),
      render: (artifact) => currentLabels().platform(artifact.platform),
    },
    {
      accessor: 'arch',
      title: i18n.t('downloads.files.architecture'),
      render: (artifact) => currentLabels().architecture(artifact.arch),
    },
    ...fileColumns(),
  ],
  documentation: [
    { ...fileColumns()[0], title: i18n.t('downloads.files.document') },
    ...fileColumns().slice(1),
  ],
});

export function ReleaseCard({ release }: { release: DownloadReleaseItem }) {
  const titleId = useId();
  const { t } = useTranslation();
  const labels = useLabels();
  const name = `${release.productName} ${release.version}`;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id={titleId}>
              {name}
            </Title>
            <Group gap="xs">
              <Badge
                variant="dot"
                color={release.channel === 'stable' ? 'teal' : 'orange'}
                tt="none"
                fw={500}
              >
                {labels.releaseChannel(release.channel)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('downloads.release.published')} <DateTime value={release.publishedAt} />
              </Text>
            </Group>
          </Stack>
          <Anchor component={Link} to={`/changelog/${release.productCode}`} size="sm">
            {t('downloads.changelog.titleOf', { product: release.productName })}
          </Anchor>
        </Group>
        {release.artifacts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('downloads.release.noFiles')}
          </Text>
        )}
        {ARTIFACT_KINDS.map((kind) => {
          const files = release.artifacts.filter((artifact) => artifact.kind === kind);
          if (files.length === 0) return null;
          return (
            <Stack key={kind} gap={6}>
              <Title order={3} size="h6">
                {t(`downloads.kind.${kind}`)}
              </Title>
              <ListTable
                label={t('downloads.release.filesOf', { kind: t(`downloads.kind.${kind}`), name })}
                columns={columns()[kind]}
                rows={files}
                idAccessor="id"
                fetching={false}
                empty={{
                  title: t('downloads.release.noFilesTitle'),
                  description: t('downloads.release.noFilesFiltered'),
                }}
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
