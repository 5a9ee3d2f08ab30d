import { ActionIcon, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useColorSchemeChoice } from './color-scheme';
import { useTranslation } from 'react-i18next';

export function ColorSchemeToggle() {
  const [, setChoice] = useColorSchemeChoice();
  const next = useComputedColorScheme() === 'dark' ? 'light' : 'dark';
  const { t } = useTranslation();
  const label = t(next === 'dark' ? 'common.theme.toDark' : 'common.theme.toLight');
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setChoice(next)}>
        {next === 'dark' ? <IconMoon size={18} stroke={1.6} /> : <IconSun size={18} stroke={1.6} />}
      </ActionIcon>
    </Tooltip>
  );
}
