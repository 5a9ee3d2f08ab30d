import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useId } from 'react';
import {
  ARTIFACT_KIND_LABELS,
  ARTIFACT_KINDS,
  type ArtifactKind,
  type DownloadArtifactItem,
  type DownloadReleaseItem,
} from '../../../common/downloads-api';
import { formatFileSize } from '../../../common/format/file-size';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { DownloadButton } from './DownloadButton';
import { architectureLabel, platformLabel, releaseChannelLabel } from '../../../common/labels';

/** Two even lines of 32 characters: a narrower column left a lone character on a third line. */
const HASH_STYLE = {
  wordBreak: 'break-all',
  display: 'inline-block',
  width: '32ch',
  boxSizing: 'content-box',
} as const;

const FILE_COLUMNS: DataTableColumn<DownloadArtifactItem>[] = [
  { accessor: 'fileName', title: 'File' },
  {
    accessor: 'size',
    title: 'Size',
    noWrap: true,
    render: (artifact) => formatFileSize(artifact.size),
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
    title: 'Download',
    textAlign: 'right',
    render: (artifact) => <DownloadButton artifact={artifact} />,
  },
];

/** Installers show what they are built for; documentation fits every platform. */
const COLUMNS: Record<ArtifactKind, DataTableColumn<DownloadArtifactItem>[]> = {
  installer: [
    {
      accessor: 'platform',
      title: 'Platform',
      render: (artifact) => platformLabel(artifact.platform),
    },
    {
      accessor: 'arch',
      title: 'Architecture',
      render: (artifact) => architectureLabel(artifact.arch),
    },
    ...FILE_COLUMNS,
  ],
  documentation: [{ ...FILE_COLUMNS[0], title: 'Document' }, ...FILE_COLUMNS.slice(1)],
};

export function ReleaseCard({ release }: { release: DownloadReleaseItem }) {
  const titleId = useId();
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
                {releaseChannelLabel(release.channel)}
              </Badge>
              <Text size="sm" c="dimmed">
                Published <DateTime value={release.publishedAt} />
              </Text>
            </Group>
          </Stack>
          <Anchor component={Link} to={`/changelog/${release.productCode}`} size="sm">
            {release.productName} changelog
          </Anchor>
        </Group>
        {release.artifacts.length === 0 && (
          <Text size="sm" c="dimmed">
            This release has no files.
          </Text>
        )}
        {ARTIFACT_KINDS.map((kind) => {
          const files = release.artifacts.filter((artifact) => artifact.kind === kind);
          if (files.length === 0) return null;
          return (
            <Stack key={kind} gap={6}>
              <Title order={3} size="h6">
                {ARTIFACT_KIND_LABELS[kind]}
              </Title>
              <ListTable
                label={`${ARTIFACT_KIND_LABELS[kind]} of ${name}`}
                columns={COLUMNS[kind]}
                rows={files}
                idAccessor="id"
                fetching={false}
                empty={{
                  title: 'No files',
                  description: 'This release has no files for the chosen filters.',
                }}
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
