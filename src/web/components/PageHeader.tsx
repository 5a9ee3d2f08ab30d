import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The page's one h1, its description, and the browser tab title. */
export function PageHeader({ title, description }: { title: string; description?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.documentTitle', { title }));
  return (
    <Stack gap={4}>
      <Title order={1} size="h2">
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
}
