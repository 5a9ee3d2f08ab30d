import {
  IconDevices,
  IconDownload,
  IconHistory,
  IconLayoutDashboard,
  IconLicense,
  IconSettings,
  IconShieldLock,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { PortalSection } from '../../common/api-types';

interface SectionEntry {
  /** A translation key (common.sections.…). */
  label: string;
  path: string;
  icon: Icon;
}

/**
 * Every portal section, in sidebar order. The sidebar and the links into a section show
 * only the sections the session lists (`session.sections`, those this build serves);
 * a new section needs its lazy route in router.tsx.
 */
export const SECTIONS: Record<PortalSection, SectionEntry> = {
  dashboard: { label: 'common.sections.dashboard', path: '/', icon: IconLayoutDashboard },
  licenses: { label: 'common.sections.licenses', path: '/licenses', icon: IconLicense },
  activations: { label: 'common.sections.activations', path: '/activations', icon: IconDevices },
  downloads: { label: 'common.sections.downloads', path: '/downloads', icon: IconDownload },
  members: { label: 'common.sections.members', path: '/members', icon: IconUsers },
  audit: { label: 'common.sections.audit', path: '/audit', icon: IconHistory },
  settings: { label: 'common.sections.settings', path: '/settings', icon: IconSettings },
  profile: { label: 'common.sections.profile', path: '/profile', icon: IconShieldLock },
};
