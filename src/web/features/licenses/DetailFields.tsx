import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label, its value, and `wide` for a value that needs the whole row (a license key). */
export type DetailField = [label: string, value: ReactNode, wide?: 'wide'];

/** Label/value pairs of a detail panel section, two to a row. */
export function DetailFields({ fields }: { fields: DetailField[] }) {
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
      {fields.map(([label, value, wide]) => (
        <Stack key={label} gap={2} style={wide ? { gridColumn: '1 / -1' } : undefined}>
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
