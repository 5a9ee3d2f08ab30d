import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

/** The page's one h1, its description, and the browser tab title. */
export function PageHeader({ title, description }: { title: string; description?: string }) {
  useDocumentTitle(`${title} · Customer Portal`);
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
