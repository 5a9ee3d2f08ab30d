import { Paper, SimpleGrid, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { PortalSection } from '../../../common/api-types';
import { useSession } from '../../api/session';
import { SECTIONS } from '../../components/sections';
import classes from './QuickActions.module.css';

const ACTIONS: { section: PortalSection; label: string; description: string }[] = [
  { section: 'licenses', label: 'View All Licenses', description: 'Your full license library' },
  {
    section: 'activations',
    label: 'Manage Activations',
    description: 'Review and deactivate devices',
  },
  { section: 'downloads', label: 'Downloads', description: 'Installers and updates' },
];

/** Shortcuts into the sections this build has; nothing at all when it has none of them. */
export function QuickActions() {
  const { sections } = useSession();
  const available = ACTIONS.filter((action) => sections.includes(action.section));
  if (available.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Quick actions
      </Title>
      <SimpleGrid cols={{ base: 1, sm: available.length }} spacing="sm">
        {available.map(({ section, label, description }) => {
          const { path, icon: ActionIcon } = SECTIONS[section];
          return (
            <UnstyledButton key={section} component={Link} to={path} className={classes.action}>
              <ThemeIcon variant="light" size={36} aria-hidden>
                <ActionIcon size={20} stroke={1.6} />
              </ThemeIcon>
              <div>
                <Text fw={600} size="sm">
                  {label}
                </Text>
                <Text size="xs" c="dimmed">
                  {description}
                </Text>
              </div>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}
