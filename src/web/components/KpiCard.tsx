import { Flex, Paper, Skeleton, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface KpiCardProps {
  label: string;
  /** Undefined while loading. */
  value: number | undefined;
  hint: string;
  icon: Icon;
  color?: MantineColor;
}

/** One metric as a term/description pair: render it inside a `<dl>`. */
export function KpiCard({ label, value, hint, icon: KpiIcon, color }: KpiCardProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Flex component="dt" justify="space-between" align="center" gap="xs">
        <Text component="span" size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} size={34} radius="md" aria-hidden>
          <KpiIcon size={18} stroke={1.8} />
        </ThemeIcon>
      </Flex>
      <Text component="dd" m={0} fz={30} fw={700} lh={1.2}>
        {value === undefined ? <Skeleton h={36} w={72} /> : value.toLocaleString()}
      </Text>
      <Text component="dd" m={0} mt={4} size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
