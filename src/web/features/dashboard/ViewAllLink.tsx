import { Anchor } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { PortalSection } from '../../../common/api-types';
import { useSession } from '../../api/session';
import { SECTIONS } from '../../components/sections';

/** "View all" into a section; nothing when this build has no such section. */
export function ViewAllLink({ section, what }: { section: PortalSection; what: string }) {
  const { sections } = useSession();
  if (!sections.includes(section)) return null;
  return (
    <Anchor component={Link} to={SECTIONS[section].path} size="sm" fw={500} aria-label={`View all ${what}`}>
      View all <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
    </Anchor>
  );
}
