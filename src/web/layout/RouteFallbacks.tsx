import { Button, Center, Container, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { sessionQuery } from '../api/session';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { PageHeader } from '../components/PageHeader';
import { pageHeaderAt } from '../page-code';
import { useTranslation } from 'react-i18next';

export function PagePending() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/**
 * A signed-in page before its code has rendered: its header (the largest text most pages
 * show on a phone) paints with the frame, and the page's own header takes its place at the
 * same size (decision 167). The session is read as it is, never fetched: a page pending
 * because the session ended shows the loader alone while the router sends the member to sign in.
 */
export function SignedInPagePending() {
  const pathname = useLocation({ select: (location) => location.pathname });
  const session = useQuery({ ...sessionQuery, enabled: false }).data;
  const { t } = useTranslation();
  const area = pageHeaderAt(pathname);
  return (
    <Stack gap="lg">
      {area && session && (
        <PageHeader
          title={t(`${area}.title`)}
          description={t(`${area}.description`, { organization: session.organization.name })}
        />
      )}
      <PagePending />
    </Stack>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <EmptyState title={t('common.notFound.title')} description={t('common.notFound.description')}>
        <Button component={Link} to="/" mt="md">
          {t('common.notFound.toDashboard')}
        </Button>
      </EmptyState>
    </Container>
  );
}

export function RouteErrorPage({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <ErrorState
        title={t('common.pageFailed')}
        error={error}
        onRetry={() => router.invalidate()}
      />
    </Container>
  );
}
