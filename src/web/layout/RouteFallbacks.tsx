import { Button, Center, Container, Loader } from '@mantine/core';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { useTranslation } from 'react-i18next';

export function PagePending() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
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
