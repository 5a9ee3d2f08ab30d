import type { Role } from '../../common/roles.js';

/**
 * Which organizations a session reaches (docs/decisions/125): a session opened by an
 * organization's IdP reaches that organization only, so one organization's IdP can never act
 * in another; a password session skips the organizations that require single sign-on, except
 * where the member is an Admin (the audited recovery path).
 */
export function reachableMemberships<
  M extends { id: number; role: Role; ssoRequired: number | null },
>(memberships: M[], ssoOrganizationId: number | null): M[] {
  if (ssoOrganizationId !== null) return memberships.filter((m) => m.id === ssoOrganizationId);
  return memberships.filter((m) => m.ssoRequired !== 1 || m.role === 'admin');
}

/** The organizations where a password sign-in is the recovery path: SSO required, the member an Admin. */
export function recoveryMemberships<M extends { role: Role; ssoRequired: number | null }>(
  memberships: M[],
): M[] {
  return memberships.filter((m) => m.ssoRequired === 1 && m.role === 'admin');
}
