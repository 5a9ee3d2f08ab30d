import {
  Anchor,
  Badge,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
  Typography,
} from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useProductChangelog } from './api/product-changelog';
import { DateTime } from '../../components/DateTime';
import classes from './ChangelogPage.module.css';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useCursorPages } from '../../components/use-cursor-pages';
import { useLabels } from '../../i18n/labels';
import { useTranslation } from 'react-i18next';

/** A product's release notes, newest first. /changelog/<product id or code> is the link other pages use. */
export function ChangelogPage() {
  const { product = '' } = useParams({ strict: false }) as { product?: string };
  const pages = useCursorPages(product);
  const changelog = useProductChangelog(product, pages.cursor);
  const name = changelog.data?.product.name;
  const { t } = useTranslation();
  const labels = useLabels();

  return (
    <Stack gap="lg">
      <PageHeader
        title={
          name
            ? t('downloads.changelog.titleOf', { product: name })
            : t('downloads.changelog.title')
        }
        description={t('downloads.changelog.description')}
      />
      <Anchor component={Link} to="/downloads" size="sm">
        {t('downloads.changelog.back')}
      </Anchor>
      {changelog.error && !changelog.data ? (
        <ErrorState
          title={t('downloads.changelog.loadFailed')}
          error={changelog.error}
          onRetry={() => changelog.refetch()}
          retrying={changelog.isFetching}
        />
      ) : !changelog.data ? (
        <Skeleton height={220} radius="md" aria-label={t('downloads.changelog.loading')} />
      ) : changelog.data.releases.items.length === 0 ? (
        <EmptyState
          title={t('downloads.changelog.emptyTitle')}
          description={t('downloads.changelog.emptyDescription')}
        />
      ) : (
        changelog.data.releases.items.map((release) => (
          <Paper
            key={release.id}
            component="article"
            withBorder
            radius="md"
            p="lg"
            aria-label={t('downloads.changelog.version', { version: release.version })}
          >
            <Group gap="sm" mb="xs">
              <Title order={2} size="h4">
                {t('downloads.changelog.version', { version: release.version })}
              </Title>
              <Badge
                variant="dot"
                color={release.channel === 'stable' ? 'teal' : 'orange'}
                tt="none"
                fw={500}
              >
                {labels.releaseChannel(release.channel)}
              </Badge>
              <Text size="sm" c="dimmed">
                <DateTime value={release.publishedAt} />
              </Text>
            </Group>
            {release.notesHtml ? (
              // Rendered by markdown-it with raw HTML off, then sanitize-html on the server (decision 123).
              <Typography
                className={classes.notes}
                dangerouslySetInnerHTML={{ __html: release.notesHtml }}
              />
            ) : (
              <Text c="dimmed">{t('downloads.changelog.noNotes')}</Text>
            )}
          </Paper>
        ))
      )}
      {changelog.data?.releases.nextCursor || pages.pageNumber > 1 ? (
        <Group gap="xs">
          <Anchor
            component="button"
            type="button"
            disabled={pages.pageNumber === 1}
            onClick={pages.previous}
          >
            {t('downloads.changelog.newer')}
          </Anchor>
          {changelog.data?.releases.nextCursor && (
            <Anchor
              component="button"
              type="button"
              onClick={() => pages.next(changelog.data.releases.nextCursor!)}
            >
              {t('downloads.changelog.older')}
            </Anchor>
          )}
        </Group>
      ) : null}
    </Stack>
  );
}
