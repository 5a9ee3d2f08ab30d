import { AppShell, Box, NavLink } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { PortalSection } from '../../common/api-types';
import { useSession } from '../api/session';
import { SECTIONS } from '../components/sections';
import { OrganizationSwitcher } from './OrganizationSwitcher';

export function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const { sections } = useSession();
  const visible = (Object.keys(SECTIONS) as PortalSection[]).filter((section) =>
    sections.includes(section),
  );
  return (
    <AppShell.Navbar p="sm" aria-label="Main navigation">
      {/* On a phone the header has no room for the organization's name: it leads the menu. */}
      <Box
        hiddenFrom="sm"
        pb="sm"
        mb="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <OrganizationSwitcher onSwitched={onNavigate} />
      </Box>
      {visible.map((section) => {
        const { label, path, icon: SectionIcon } = SECTIONS[section];
        return (
          <NavLink
            key={section}
            component={Link}
            to={path}
            // A section's own pages keep its link current (the Dashboard at / has none).
            activeOptions={{ exact: path === '/', includeSearch: false }}
            activeProps={{ 'data-active': true }}
            label={label}
            leftSection={<SectionIcon size={18} stroke={1.6} aria-hidden />}
            onClick={onNavigate}
            // Filled keeps white-on-indigo contrast when the active link is hovered (light fails axe).
            variant="filled"
            fw={500}
          />
        );
      })}
    </AppShell.Navbar>
  );
}
