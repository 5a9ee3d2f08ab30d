import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import type { SeedIds } from './seed-ids.js';

export interface RouteCase {
  /** A request an Admin of Northwind may make successfully, built from seeded Northwind ids. */
  request: (ids: SeedIds) => { url: string; payload?: unknown };
  /** The route names one Northwind record: an Admin of another organization must get 404. */
  namesRecord?: boolean;
  /**
   * For a route whose success would break the walk (a password change, a used-up token):
   * the status a caller who passed authorization gets for this request instead of a 2xx.
   */
  allowedStatus?: number;
}

/** A well-formed token that was never issued. */
const UNKNOWN_TOKEN = 'x'.repeat(43);

/**
 * One row for every portal route, keyed "METHOD /url". A registered route without a row
 * fails the authorization test: add the row with the route.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'POST /api/portal/auth/login': {
    request: () => ({
      url: '/api/portal/auth/login',
      payload: { email: NORTHWIND_ADMIN, password: DEMO_PASSWORD },
    }),
  },
  'POST /api/portal/auth/logout': { request: () => ({ url: '/api/portal/auth/logout' }) },
  'GET /api/portal/session': { request: () => ({ url: '/api/portal/session' }) },
  'POST /api/portal/session/organization': {
    request: (ids) => ({
      url: '/api/portal/session/organization',
      payload: { organizationId: ids.organizationId },
    }),
    namesRecord: true,
  },
  'GET /api/portal/dashboard': { request: () => ({ url: '/api/portal/dashboard' }) },
  'GET /api/portal/account': { request: () => ({ url: '/api/portal/account' }) },
  'PATCH /api/portal/account/profile': {
    request: () => ({ url: '/api/portal/account/profile', payload: {} }),
  },
  'POST /api/portal/account/email': {
    request: () => ({
      url: '/api/portal/account/email',
      payload: { newEmail: 'new.address@example.com', password: DEMO_PASSWORD },
    }),
  },
  'POST /api/portal/account/email/confirm': {
    request: () => ({
      url: '/api/portal/account/email/confirm',
      payload: { token: UNKNOWN_TOKEN },
    }),
    allowedStatus: 400,
  },
  'POST /api/portal/account/password': {
    request: () => ({
      url: '/api/portal/account/password',
      payload: { currentPassword: 'not-the-password', newPassword: 'a-long-new-passphrase' },
    }),
    allowedStatus: 400,
  },
  'PATCH /api/portal/account/preferences': {
    request: () => ({ url: '/api/portal/account/preferences', payload: { theme: 'dark' } }),
  },
  'POST /api/portal/auth/forgot-password': {
    request: () => ({
      url: '/api/portal/auth/forgot-password',
      payload: { email: 'nobody@example.com' },
    }),
  },
  'POST /api/portal/auth/reset-password': {
    request: () => ({
      url: '/api/portal/auth/reset-password',
      payload: { token: UNKNOWN_TOKEN, password: 'a-long-new-passphrase' },
    }),
    allowedStatus: 400,
  },
  'POST /api/portal/auth/login/second-factor': {
    request: () => ({
      url: '/api/portal/auth/login/second-factor',
      payload: { pendingToken: UNKNOWN_TOKEN, code: '123456' },
    }),
    allowedStatus: 401,
  },
  'POST /api/portal/account/two-factor/setup': {
    request: () => ({
      url: '/api/portal/account/two-factor/setup',
      payload: { password: DEMO_PASSWORD },
    }),
  },
  'POST /api/portal/account/two-factor/enable': {
    request: () => ({
      url: '/api/portal/account/two-factor/enable',
      payload: { code: 'not-a-code' },
    }),
    allowedStatus: 400,
  },
  'POST /api/portal/account/two-factor/disable': {
    request: () => ({
      url: '/api/portal/account/two-factor/disable',
      payload: { password: DEMO_PASSWORD },
    }),
  },
  'POST /api/portal/account/two-factor/recovery-codes': {
    request: () => ({
      url: '/api/portal/account/two-factor/recovery-codes',
      payload: { password: DEMO_PASSWORD },
    }),
    allowedStatus: 409,
  },
  'GET /api/portal/account/sessions': { request: () => ({ url: '/api/portal/account/sessions' }) },
  'DELETE /api/portal/account/sessions/:sessionId': {
    request: () => ({ url: '/api/portal/account/sessions/999999' }),
    allowedStatus: 404,
  },
  'POST /api/portal/account/sessions/revoke-others': {
    request: () => ({ url: '/api/portal/account/sessions/revoke-others' }),
  },
  'GET /api/portal/notifications': { request: () => ({ url: '/api/portal/notifications' }) },
  'POST /api/portal/notifications/read': {
    request: () => ({ url: '/api/portal/notifications/read', payload: {} }),
  },
  'GET /api/portal/members': {
    request: () => ({ url: '/api/portal/members?role=admin&scope=name&q=a' }),
  },
  'PATCH /api/portal/members/:userId': {
    request: (ids) => ({
      url: `/api/portal/members/${ids.adminMemberId}`,
      payload: { role: 'admin' },
    }),
    namesRecord: true,
  },
  'DELETE /api/portal/members/:userId': {
    request: (ids) => ({ url: `/api/portal/members/${ids.removableMemberId}` }),
    namesRecord: true,
  },
  'GET /api/portal/members/invitations': {
    request: () => ({ url: '/api/portal/members/invitations?role=viewer' }),
  },
  'POST /api/portal/members/invitations': {
    request: () => ({
      url: '/api/portal/members/invitations',
      payload: { email: 'route.case@northwind.example', role: 'viewer' },
    }),
  },
  'POST /api/portal/members/invitations/:invitationId/resend': {
    request: (ids) => ({ url: `/api/portal/members/invitations/${ids.resendInvitationId}/resend` }),
    namesRecord: true,
  },
  'DELETE /api/portal/members/invitations/:invitationId': {
    request: (ids) => ({ url: `/api/portal/members/invitations/${ids.revokeInvitationId}` }),
    namesRecord: true,
  },
  'GET /api/portal/invitations/:token': {
    request: (ids) => ({ url: `/api/portal/invitations/${ids.invitationPreviewToken}` }),
  },
  'POST /api/portal/invitations/:token/accept': {
    request: (ids) => ({
      url: `/api/portal/invitations/${ids.invitationAcceptToken}/accept`,
      payload: { firstName: 'Route', lastName: 'Case', password: 'violet-harbor-lantern-42' },
    }),
  },
  'GET /api/portal/licenses/products': {
    request: () => ({ url: '/api/portal/licenses/products?q=a&sort=licenseType&direction=desc' }),
  },
  // Products are the vendor's shared catalog: another organization holding the product sees its own lines.
  'GET /api/portal/licenses/products/:productId': {
    request: (ids) => ({ url: `/api/portal/licenses/products/${ids.productId}` }),
  },
  'GET /api/portal/licenses/features': {
    request: () => ({ url: '/api/portal/licenses/features' }),
  },
  'GET /api/portal/licenses/entitlements': {
    request: () => ({
      url: '/api/portal/licenses/entitlements?scope=salesOrder&q=a&dateField=expiration&from=2020-01-01&sort=poNumber',
    }),
  },
  'GET /api/portal/licenses/keys': {
    request: (ids) => ({
      url: `/api/portal/licenses/keys?status=active&productId=${ids.productId}&expiringWithinDays=3650&q=a&sort=expiresAt&direction=asc`,
    }),
  },
  'GET /api/portal/usage': { request: () => ({ url: '/api/portal/usage?range=1y' }) },
  'GET /api/portal/usage/outlook': { request: () => ({ url: '/api/portal/usage/outlook' }) },
  // The catalog is shared, but usage is the organization's: another organization's figures are its own.
  'GET /api/portal/usage/products/:productId': {
    request: (ids) => ({ url: `/api/portal/usage/products/${ids.productId}?range=90d` }),
  },
  'GET /api/portal/usage/entitlements/:entitlementId': {
    request: (ids) => ({ url: `/api/portal/usage/entitlements/${ids.entitlementId}?range=30d` }),
    namesRecord: true,
  },
  'GET /api/portal/licenses/entitlements/:entitlementId': {
    request: (ids) => ({ url: `/api/portal/licenses/entitlements/${ids.entitlementId}` }),
    namesRecord: true,
  },
  'POST /api/portal/licenses/:licenseId/activations': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/activations`,
      payload: {
        quantity: 1,
        projectName: 'Route case',
        projectManager: 'Alice Moreau',
        identifier: 'ROUTE-CASE-0001',
      },
    }),
    namesRecord: true,
  },
  'POST /api/portal/licenses/:licenseId/reveal-key': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/reveal-key`,
      payload: { purpose: 'reveal' },
    }),
    namesRecord: true,
  },
  'POST /api/portal/licenses/diagnose': {
    request: () => ({
      url: '/api/portal/licenses/diagnose',
      payload: { key: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' },
    }),
  },
  'GET /api/portal/licenses/:licenseId/assignments': {
    request: (ids) => ({ url: `/api/portal/licenses/${ids.licenseId}/assignments` }),
    namesRecord: true,
  },
  'POST /api/portal/licenses/:licenseId/assignments': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/assignments`,
      payload: { email: 'route.assignee@route.example', quantity: 1 },
    }),
    namesRecord: true,
  },
  'PATCH /api/portal/licenses/:licenseId/assignments/:assignmentId': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/assignments/${ids.changeAssignmentId}`,
      payload: { quantity: 1 },
    }),
    namesRecord: true,
  },
  'DELETE /api/portal/licenses/:licenseId/assignments/:assignmentId': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/assignments/${ids.removeAssignmentId}`,
    }),
    namesRecord: true,
  },
  'PUT /api/portal/licenses/:licenseId/assigned-seats-shared': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.licenseId}/assigned-seats-shared`,
      payload: { shared: false },
    }),
    namesRecord: true,
  },
  'GET /api/portal/support': {
    request: (ids) => ({ url: `/api/portal/support?licenseId=${ids.licenseId}` }),
    namesRecord: true,
  },
  'POST /api/portal/licenses/:licenseId/renewal-request': {
    request: (ids) => ({
      url: `/api/portal/licenses/${ids.renewableLicenseId}/renewal-request`,
      payload: { message: 'Route case' },
    }),
    namesRecord: true,
  },
  'GET /api/portal/activations': {
    request: (ids) => ({
      url: `/api/portal/activations?from=2020-01-01&productId=${ids.productId}&q=a&sort=projectName`,
    }),
  },
  'GET /api/portal/activations/:activationId': {
    request: (ids) => ({ url: `/api/portal/activations/${ids.activationId}` }),
    namesRecord: true,
  },
  'GET /api/portal/activations/reclaim-preview': {
    request: () => ({ url: '/api/portal/activations/reclaim-preview?notSeenForDays=3650' }),
  },
  // Another organization's ids are skipped, never freed (tests/integration/activations/detail-and-reclaim).
  'POST /api/portal/activations/reclaim': {
    request: (ids) => ({
      url: '/api/portal/activations/reclaim',
      payload: { notSeenForDays: 3650, activationIds: [ids.activationId] },
    }),
  },
  'GET /api/portal/activations/products': {
    request: () => ({ url: '/api/portal/activations/products' }),
  },
  'GET /api/portal/activations/export.csv': {
    request: () => ({ url: '/api/portal/activations/export.csv?sort=activatedBy' }),
  },
  'POST /api/portal/activations/offline': {
    request: (ids) => ({
      url: '/api/portal/activations/offline',
      payload: {
        requestFile: {
          format: 'offline-activation-request/1',
          key: ids.licenseKey,
          product: ids.productCode,
          identifier: 'HWID-OFFLINE-ROUTE',
          nonce: 'route-case-nonce',
        },
      },
    }),
    namesRecord: true,
  },
  'POST /api/portal/activations/:activationId/swap': {
    request: (ids) => ({
      url: `/api/portal/activations/${ids.activationId}/swap`,
      payload: { identifier: 'HWID-SWAPPED-0001' },
    }),
    namesRecord: true,
  },
  'POST /api/portal/activations/deactivate': {
    request: (ids) => ({
      url: '/api/portal/activations/deactivate',
      payload: { activationIds: [ids.deactivatableActivationId] },
    }),
    namesRecord: true,
  },
  'GET /api/portal/audit-events': {
    request: () => ({ url: '/api/portal/audit-events?type=members&from=2020-01-01&q=a' }),
  },
  'GET /api/portal/audit-events/users': {
    request: () => ({ url: '/api/portal/audit-events/users' }),
  },
  'GET /api/portal/audit-events/export.csv': {
    request: () => ({ url: '/api/portal/audit-events/export.csv?type=members' }),
  },
  'GET /api/portal/audit-events/export.jsonl': {
    request: () => ({ url: '/api/portal/audit-events/export.jsonl?type=members' }),
  },
  'POST /api/portal/audit-events/verify': {
    request: () => ({ url: '/api/portal/audit-events/verify' }),
  },
  'GET /api/portal/downloads/filters': {
    request: () => ({ url: '/api/portal/downloads/filters' }),
  },
  'GET /api/portal/downloads/releases': {
    request: () => ({ url: '/api/portal/downloads/releases?platform=linux&kind=documentation' }),
  },
  'POST /api/portal/downloads/artifacts/:artifactId/link': {
    request: (ids) => ({ url: `/api/portal/downloads/artifacts/${ids.downloadArtifactId}/link` }),
    namesRecord: true,
  },
  // A link signed for Northwind: another organization's Admin gets 403 (foreign link), tested in tests/integration/downloads.
  'GET /api/portal/downloads/artifacts/:artifactId/file': {
    request: (ids) => ({ url: ids.signedDownloadUrl }),
  },
  'GET /api/portal/downloads/changelog/:product': {
    request: (ids) => ({ url: `/api/portal/downloads/changelog/${ids.downloadProductCode}` }),
    namesRecord: true,
  },
  'PATCH /api/portal/preferences/columns': {
    request: () => ({
      url: '/api/portal/preferences/columns',
      payload: { table: 'members.active', columns: ['firstName', 'email'] },
    }),
  },
  'GET /api/portal/sso': { request: () => ({ url: '/api/portal/sso' }) },
  // Saving only stores the connection: no identity provider is contacted.
  'PUT /api/portal/sso': {
    request: () => ({
      url: '/api/portal/sso',
      payload: {
        issuerUrl: 'https://idp.northwind.example',
        clientId: 'portal',
        clientSecret: 'a-client-secret',
        allowedDomains: ['northwind.example'],
        defaultRole: 'viewer',
        ssoRequired: false,
      },
    }),
  },
  'DELETE /api/portal/sso': { request: () => ({ url: '/api/portal/sso' }) },
  // Nothing listens on port 9: the test answers 200 with the failed discovery explained.
  'POST /api/portal/sso/test': {
    request: () => ({
      url: '/api/portal/sso/test',
      payload: { issuerUrl: 'https://127.0.0.1:9', clientId: 'portal', clientSecret: 'x' },
    }),
  },
  'GET /api/portal/scim/tokens': { request: () => ({ url: '/api/portal/scim/tokens' }) },
  'POST /api/portal/scim/tokens': {
    request: () => ({ url: '/api/portal/scim/tokens', payload: { name: 'Okta provisioning' } }),
  },
  'DELETE /api/portal/scim/tokens/:tokenId': {
    request: (ids) => ({ url: `/api/portal/scim/tokens/${ids.scimTokenId}` }),
    namesRecord: true,
  },
  // No organization signs in this domain with SSO: a documented 404, for everyone alike.
  'POST /api/portal/auth/sso/start': {
    request: () => ({
      url: '/api/portal/auth/sso/start',
      payload: { email: 'someone@nowhere.example' },
    }),
    allowedStatus: 404,
  },
};
