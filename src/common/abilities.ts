/**
 * Every action a member may be granted. The server decides (src/server/authz/policy.ts)
 * and sends the granted ones as `abilities`; the web app only reads them.
 */
export const ACTIONS = [
  'dashboard.view',
  'dashboard.viewMemberCount',
  'usage.view',
  'licenses.view',
  'licenses.revealKey',
  'licenses.activate',
  'licenses.diagnose',
  'licenses.assign',
  'licenses.requestRenewal',
  'activations.view',
  'activations.deactivate',
  'activations.export',
  'downloads.view',
  'members.view',
  'members.manage',
  'audit.view',
  'audit.export',
  'audit.verify',
  'account.manage',
  'support.contact',
  'sso.view',
  'sso.manage',
] as const;

export type Action = (typeof ACTIONS)[number];
