import { Anchor, Badge, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { DataTableColumn } from 'mantine-datatable';
import { useId } from 'react';
import type { DownloadArtifactItem, DownloadReleaseItem } from '../../../common/downloads-api';
import { formatFileSize } from '../../../common/format/file-size';
import { DateTime } from '../../components/DateTime';
import { ListTable } from '../../components/ListTable';
import { DownloadButton } from './DownloadButton';

/** Two even lines of 32 characters: a narrower column left a lone character on a third line. */
const HASH_STYLE = { wordBreak: 'break-all', display: 'inline-block', width: '32ch', boxSizing: 'content-box' } as const;

const COLUMNS: DataTableColumn<DownloadArtifactItem>[] = [
  { accessor: 'platform', title: 'Platform' },
  { accessor: 'arch', title: 'Architecture' },
  { accessor: 'fileName', title: 'File' },
  { accessor: 'size', title: 'Size', noWrap: true, render: (artifact) => formatFileSize(artifact.size) },
  {
    accessor: 'sha256',
    title: 'SHA-256',
    render: (artifact) => (
      <Code title={artifact.sha256} style={HASH_STYLE}>
        {artifact.sha256}
      </Code>
    ),
  },
  { accessor: 'download', title: 'Download', textAlign: 'right', render: (artifact) => <DownloadButton artifact={artifact} /> },
];

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
              <Badge variant="dot" color={release.channel === 'stable' ? 'teal' : 'orange'} tt="none" fw={500}>
                {release.channel}
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
        <ListTable
          label={`Files of ${name}`}
          columns={COLUMNS}
          rows={release.artifacts}
          idAccessor="id"
          fetching={false}
          empty={{ title: 'No files', description: 'This release has no files for the chosen platform.' }}
        />
      </Stack>
    </Paper>
  );
}
