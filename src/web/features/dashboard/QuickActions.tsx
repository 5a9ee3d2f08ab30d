import { Paper, SimpleGrid, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { PortalSection } from '../../../common/api-types';
import { useSession } from '../../api/session';
import { SECTIONS } from '../../components/sections';
import classes from './QuickActions.module.css';
import { useTranslation } from 'react-i18next';

/** Each shortcut's texts are dashboard.quickActions.<section>.label and .description. */
const ACTIONS: PortalSection[] = ['licenses', 'activations', 'downloads'];

/** Shortcuts into the sections this build has; nothing at all when it has none of them. */
export function QuickActions() {
  const { sections } = useSession();
  const { t } = useTranslation();
  const available = ACTIONS.filter((section) => sections.includes(section));
  if (available.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {t('dashboard.quickActions.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: available.length }} spacing="sm">
        {available.map((section) => {
          const { path, icon: ActionIcon } = SECTIONS[section];
          return (
            <UnstyledButton key={section} component={Link} to={path} className={classes.action}>
              <ThemeIcon variant="light" size={36} aria-hidden>
                <ActionIcon size={20} stroke={1.6} />
              </ThemeIcon>
              <div>
                <Text fw={600} size="sm">
                  {t(`dashboard.quickActions.${section}.label`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`dashboard.quickActions.${section}.description`)}
                </Text>
              </div>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
