import { Flex, Paper, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import { Placeholder } from './Placeholder';
import type { Icon } from '@tabler/icons-react';
import { FilteredLink } from './FilteredLink';
import classes from './KpiCard.module.css';
import { useFormatNumber } from '../i18n/labels';
import { useTranslation } from 'react-i18next';

interface KpiCardProps {
  label: string;
  /** Undefined while loading. */
  value: number | undefined;
  hint: string;
  icon: Icon;
  color?: MantineColor;
  /** The list the figure counts (a path and its URL filters), and what it shows (for the link's name). */
  to?: { path: string; search?: Record<string, string>; what: string };
}

/** One metric as a term/description pair: render it inside a `<dl>`. With `to`, the whole card opens its list. */
export function KpiCard({ label, value, hint, icon: KpiIcon, color, to }: KpiCardProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const shown = value === undefined ? <Placeholder h={36} w={72} /> : formatNumber(value);
  return (
    <Paper withBorder radius="md" p="md" className={classes.card}>
      <Flex component="dt" justify="space-between" align="center" gap="xs">
        <Text component="span" size="sm" fw={600} c="dimmed">
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} size={34} radius="md" aria-hidden>
          <KpiIcon size={18} stroke={1.8} />
        </ThemeIcon>
      </Flex>
      <Text component="dd" m={0} fz={30} fw={700} lh={1.2}>
        {to && value !== undefined ? (
          <FilteredLink
            path={to.path}
            search={to.search}
            className={classes.link}
            underline="hover"
            aria-label={t('common.kpi.link', { label, value: formatNumber(value), what: to.what })}
          >
            {shown}
          </FilteredLink>
        ) : (
          shown
        )}
      </Text>
      <Text component="dd" m={0} mt={4} size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}
