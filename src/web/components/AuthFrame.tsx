import { Box, Center, Paper, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Brand } from './Brand';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { TitleWithDescription } from './TitleWithDescription';
import classes from './AuthFrame.module.css';
import { useTranslation } from 'react-i18next';

/** The frame of the public pages (sign-in, password reset, invitation): brand, one card, its h1. */
export function AuthFrame({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.documentTitle', { title }));
  return (
    <Box mih="100vh" pos="relative" className={classes.page}>
      <Box pos="absolute" top={16} right={16}>
        <ColorSchemeToggle />
      </Box>
      <Center component="main" mih="100vh" p="md">
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <Brand />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Stack gap="md">
              <TitleWithDescription order={1} size="h3" title={title} description={description} />
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
