import { Paper, Stack } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { TitleWithDescription } from './TitleWithDescription';

interface SectionCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled block of a settings-like page; the section is labelled by its h2. */
export function SectionCard({ title, description, children }: SectionCardProps) {
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="lg">
      <Stack gap="md">
        <TitleWithDescription
          order={2}
          size="h4"
          id={titleId}
          title={title}
          description={description}
        />
        {children}
      </Stack>
    </Paper>
  );
}
