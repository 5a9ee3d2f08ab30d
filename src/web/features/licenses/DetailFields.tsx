import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value pairs of a detail panel section. */
export function DetailFields({ fields }: { fields: [label: string, value: ReactNode][] }) {
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
      {fields.map(([label, value]) => (
        <Stack key={label} gap={2}>
          <Text size="xs" c="dimmed" fw={500}>
            {label}
          </Text>
          <Text size="sm" component="div">
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
