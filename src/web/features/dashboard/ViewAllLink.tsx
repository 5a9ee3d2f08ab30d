import { IconArrowRight } from '@tabler/icons-react';
import type { PortalSection } from '../../../common/api-types';
import { useSession } from '../../api/session';
import { FilteredLink } from '../../components/FilteredLink';
import { SECTIONS } from '../../components/sections';
import { useTranslation } from 'react-i18next';

interface ViewAllLinkProps {
  section: PortalSection;
  what: string;
  /** The section's URL filters, for a list that shows only what the card counts. */
  search?: Record<string, string>;
}

/** "View all" into a section; nothing when this build has no such section. */
export function ViewAllLink({ section, what, search }: ViewAllLinkProps) {
  const { sections } = useSession();
  const { t } = useTranslation();
  if (!sections.includes(section)) return null;
  return (
    <FilteredLink
      path={SECTIONS[section].path}
      search={search}
      size="sm"
      fw={500}
      aria-label={t('dashboard.viewAllLabel', { what })}
    >
      {t('dashboard.viewAll')}{' '}
      <IconArrowRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
    </FilteredLink>
  );
}
