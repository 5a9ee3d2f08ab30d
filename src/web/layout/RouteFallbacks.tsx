import { Button, Center, Container, Loader } from '@mantine/core';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';

export function PagePending() {
  return (
    <Center py="xl">
      <Loader aria-label="Loading" />
    </Center>
  );
}

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl" component="main">
      <EmptyState
        title="Page not found"
        description="The address does not match any page of the portal."
      >
        <Button component={Link} to="/" mt="md">
          Go to the Dashboard
        </Button>
      </EmptyState>
    </Container>
  );
}

export function RouteErrorPage({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Container size="sm" py="xl">
      <ErrorState
        title="This page could not be shown"
        error={error}
        onRetry={() => router.invalidate()}
      />
    </Container>
  );
}
