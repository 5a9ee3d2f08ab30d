import { Container, Group, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Brand } from '../../components/Brand';
import { ColorSchemeToggle } from '../../components/ColorSchemeToggle';
import { TitleWithDescription } from '../../components/TitleWithDescription';

/** The public page an invitation link opens: the brand, then one card with the page's h1. */
export function InvitationFrame({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  useDocumentTitle(`${title} · Customer Portal`);
  return (
    <Container component="main" size={480} py={48}>
      <Group justify="space-between" mb="lg">
        <Brand />
        <ColorSchemeToggle />
      </Group>
      <Paper withBorder shadow="sm" p="xl">
        <Stack gap="md">
          <TitleWithDescription order={1} size="h3" title={title} description={description} />
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
