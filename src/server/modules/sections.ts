import type { PortalSection } from '../../common/api-types.js';

/** The portal sections this build serves, in sidebar order. A section appears here when it is built. */
export const PORTAL_SECTIONS: PortalSection[] = [
  'dashboard',
  'licenses',
  'activations',
  'downloads',
  'members',
  'audit',
  'settings',
  'profile',
];
