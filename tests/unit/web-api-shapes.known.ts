/**
 * API shapes the web app declared before tests/unit/web-api-shapes.test.ts: each is a twin of a
 * server schema still to move to src/common (issue 20). Remove an entry when its shape goes; never add one.
 */
export const KNOWN_WEB_API_SHAPES: string[] = [
  'api/activation-products.ts: inline { products }',
  'api/create-invitation.ts: NewInvitation',
  'api/mark-notifications-read.ts: inline { unreadCount }',
  'api/members.ts: MemberListQuery',
  'api/save-visible-columns.ts: inline { columns }',
  'features/activations/api/activations.ts: ActivationFilters',
  'features/activations/api/activations.ts: ActivationsQuery',
  'features/activations/api/offline-activation.ts: OfflineActivationInput',
  'features/activations/api/reclaim-activations.ts: ReclaimProgress',
  'features/audit/api/audit-events.ts: AuditEventsQuery',
  'features/audit/api/audit-events.ts: AuditFilters',
  'features/auth/api/login-second-factor.ts: SecondFactor',
  'features/auth/api/login.ts: Credentials',
  'features/downloads/api/download-releases.ts: DownloadReleaseQuery',
  'features/downloads/api/product-changelog.ts: ProductChangelog',
  'features/invitations/api/accept-invitation.ts: Acceptance',
  'features/licenses/api/license-entitlements.ts: EntitlementQuery',
  'features/licenses/api/license-keys.ts: LicenseKeyQuery',
  'features/licenses/api/license-products.ts: LicenseProductQuery',
  'features/licenses/api/reveal-license-key.ts: inline { key }',
  'features/members/api/invitations.ts: InvitationListQuery',
  'features/profile/api/account-sessions.ts: inline { sessions }',
  'features/profile/api/revoke-other-sessions.ts: inline { ended }',
  'features/profile/api/update-profile.ts: ProfileChange',
  'features/settings/api/update-preferences.ts: PreferencesChange',
];
