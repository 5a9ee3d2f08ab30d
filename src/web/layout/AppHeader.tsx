import { AppShell, Box, Burger, Group } from '@mantine/core';
import { Brand } from '../components/Brand';
import { ColorSchemeToggle } from '../components/ColorSchemeToggle';
import { NotificationBell } from '../components/NotificationBell';
import { HeaderSupportButton } from './HeaderSupportButton';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  navbarWidth: number;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navbarWidth, navOpened, onToggleNav }: AppHeaderProps) {
  return (
    <AppShell.Header px="md">
      <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Burger
            opened={navOpened}
            onClick={onToggleNav}
            hiddenFrom="sm"
            size="sm"
            aria-label="Toggle navigation"
          />
          {/* As wide as the sidebar, so the organization lines up with the page content. */}
          <Box w={navbarWidth - 16} visibleFrom="sm">
            <Brand />
          </Box>
          <Box visibleFrom="sm" miw={0}>
            <OrganizationSwitcher />
          </Box>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <HeaderSupportButton />
          <NotificationBell />
          <ColorSchemeToggle />
          <UserMenu />
        </Group>
      </Group>
    </AppShell.Header>
  );
}
