/**
 * Values of the API's modules that the web app uses at run time (sort columns, scopes, enums,
 * limits), in a module without schemas: the API modules build TypeBox schemas as they load, so
 * a browser importing a value from one also loaded and ran TypeBox and every schema there
 * (40 KB of the first script, decision 164). The API modules re-export these; the web app
 * imports them from here.
 */

// activations-api.ts
/** The columns the Activations table sorts by; each has an index (migration 005-activations-indexes). */
export const ACTIVATION_SORT_COLUMNS = [
  'activatedAt',
  'productName',
  'projectName',
  'projectManager',
  'activatedBy',
] as const;
/** Most activations one request deactivates (a page of the table at most). */
export const MAX_DEACTIVATE_AT_ONCE = 100;
/** Most activations the seat reclaim lists, and so frees, in one go (the rest on the next run). */
export const MAX_RECLAIM_PREVIEW = 1000;

// assignments-api.ts
/** Whose licenses a list or the Dashboard shows: the member's own assignments or the organization's. */
export const INVENTORY_VIEWS = ['mine', 'organization'] as const;
export const ASSIGNEE_FILTER_PATTERN = '^(me|none|[1-9][0-9]{0,9})$';

// audit-api.ts
export const AUDIT_TYPES = [
  'members',
  'licenses',
  'activations',
  'downloads',
  'security',
  'settings',
] as const;

// downloads-api.ts
/** What a release file is: something to install, or documentation (release notes, manuals). */
export const ARTIFACT_KINDS = ['installer', 'documentation'] as const;

// licenses-api.ts
export const PRODUCT_SORT_COLUMNS = ['name', 'licenseType', 'description'] as const;
export const ENTITLEMENT_SEARCH_SCOPES = ['entitlementId', 'salesOrder', 'poNumber'] as const;
export const ENTITLEMENT_DATE_FIELDS = ['orderDate', 'expiration'] as const;
export const ENTITLEMENT_SORT_COLUMNS = [
  'entitlementId',
  'salesOrder',
  'product',
  'orderDate',
  'expiration',
  'poNumber',
] as const;

// members-api.ts
export const MEMBER_SEARCH_SCOPES = ['name', 'email', 'phone'] as const;
export const MEMBER_SORT_COLUMNS = ['firstName', 'lastName', 'email', 'role'] as const;

// preferences.ts
/** The languages the portal and its mails are translated into. */
export const LANGUAGES = ['en', 'de', 'fr', 'ja'] as const;

// roles.ts
export const ROLES = ['admin', 'viewer'] as const;

// sso-api.ts
/** Why an SSO sign-in ended back on the login page (?sso_error=…), in the member's words. */
export const SSO_ERROR_MESSAGES = {
  unknown_domain: 'No organization uses single sign-on for this email domain.',
  unknown_organization: 'This sign-in link does not belong to an organization with single sign-on.',
  expired: 'The single sign-on attempt expired or was already used. Start again.',
  refused_by_idp: 'Your identity provider did not sign you in.',
  invalid_token: 'The identity provider’s answer could not be verified. Start again.',
  email_unverified: 'Your identity provider did not confirm your email address.',
  domain_not_allowed: 'Your email domain may not sign in to this organization.',
  deactivated: 'Your access to this organization was turned off by its identity provider.',
  account_elsewhere:
    'An account with this email already exists. Ask an Admin of the organization to invite it.',
  unavailable: 'The identity provider could not be reached. Try again later.',
} as const;

// usage-api.ts
/** The periods a usage chart covers; each ends today (UTC). */
export const USAGE_RANGES = ['30d', '90d', '1y'] as const;
