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
  dashboard: { label: 'Dashboard', path: '/', icon: IconLayoutDashboard },
  licenses: { label: 'My Licenses', path: '/licenses', icon: IconLicense },
  activations: { label: 'Activations', path: '/activations', icon: IconDevices },
  downloads: { label: 'Downloads', path: '/downloads', icon: IconDownload },
  members: { label: 'Members', path: '/members', icon: IconUsers },
  audit: { label: 'Audit & Events', path: '/audit', icon: IconHistory },
  settings: { label: 'Account Settings', path: '/settings', icon: IconSettings },
  profile: { label: 'Profile & Security', path: '/profile', icon: IconShieldLock },
};
