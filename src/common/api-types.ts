import { Type, type Static } from 'typebox';
import { ACTIONS } from './abilities.js';
import { INVENTORY_VIEWS } from './assignments-api.js';
import { AUDIT_TYPES } from './audit-api.js';
import { LicenseStatusSchema } from './licenses-schema.js';
import { Preferences } from './preferences.js';
import { RoleSchema } from './roles.js';
import { Instant, StringEnum } from './schema-kit.js';

export type { ApiErrorBody } from './api-error.js';

/** Sections of the portal that exist in a build, in sidebar order. */
export const PORTAL_SECTION_NAMES = [
  'dashboard',
  'licenses',
  'activations',
  'downloads',
  'members',
  'audit',
  'settings',
  'profile',
] as const;
export type PortalSection = (typeof PORTAL_SECTION_NAMES)[number];

const Organization = Type.Object({ id: Type.Integer(), name: Type.String() });

/** GET /session: the signed-in member, their organizations and what they may do. */
export const SessionPayload = Type.Object({
  user: Type.Object({
    id: Type.Integer(),
    email: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    preferences: Preferences,
  }),
  organization: Organization,
  role: RoleSchema,
  organizations: Type.Array(Type.Object({ ...Organization.properties, role: RoleSchema })),
  abilities: Type.Array(StringEnum(ACTIONS), {
    description: 'The actions the member may take; the web app reads these, never the role.',
  }),
  assignedLicenses: Type.Integer({
    description: 'Licenses assigned to the member in the active organization.',
  }),
  defaultView: StringEnum(INVENTORY_VIEWS, {
    description:
      'What the license lists and the Dashboard show first: "mine" for a non-Admin with assignments (decision 093).',
  }),
  sections: Type.Array(StringEnum(PORTAL_SECTION_NAMES), {
    description: 'Sections of the portal that exist in this build, in sidebar order.',
  }),
  csrfToken: Type.String({ description: 'Send it as x-csrf-token with every change.' }),
});
export type SessionPayload = Static<typeof SessionPayload>;

export const SwitchOrganization = Type.Object({ organizationId: Type.Integer({ minimum: 1 }) });

export const DashboardQuery = Type.Object({
  view: Type.Optional(
    StringEnum(INVENTORY_VIEWS, { description: 'Default: mine for a non-Admin with assignments' }),
  ),
});

const Entitled = {
  productName: Type.String(),
  entitlementId: Type.Integer(),
  entitlementPublicId: Type.String(),
};

/** GET /dashboard: the KPIs and recent activity of the organization, or of the member's assignments. */
export const DashboardPayload = Type.Object({
  view: StringEnum(INVENTORY_VIEWS, {
    description: 'Whose figures and recent licenses these are.',
  }),
  assignedLicenses: Type.Integer({
    description: 'Licenses assigned to the member; the view switch shows when there are any.',
  }),
  kpis: Type.Object({
    totalLicenses: Type.Integer(),
    activeLicenses: Type.Integer(),
    activationsInUse: Type.Integer(),
    expiringSoon: Type.Integer(),
    availableLicenses: Type.Integer(),
    activatedLicenses: Type.Integer(),
    unactivatedLicenses: Type.Integer(),
    totalMembers: Type.Optional(
      Type.Integer({ description: 'Absent for Viewers: the server does not send it.' }),
    ),
  }),
  recentLicenses: Type.Array(
    Type.Object({
      id: Type.Integer(),
      maskedKey: Type.String(),
      productName: Type.String(),
      status: LicenseStatusSchema,
      addedAt: Instant(),
    }),
  ),
  upcomingExpirations: Type.Array(
    Type.Object({
      licenseId: Type.Integer(),
      maskedKey: Type.String(),
      ...Entitled,
      expiresAt: Instant(),
    }),
    { description: 'The valid licenses that expire next, soonest first.' },
  ),
  endingFeatures: Type.Array(
    Type.Object({
      id: Type.Integer(),
      featureName: Type.String(),
      ...Entitled,
      salesOrder: Type.String(),
      expiresAt: Instant(),
    }),
    { description: 'Features whose grant ends within the next 30 days, soonest first.' },
  ),
  recentActivations: Type.Array(
    Type.Object({
      id: Type.Integer(),
      productName: Type.String(),
      quantity: Type.Integer(),
      activatedAt: Instant(),
      activatedBy: Type.String(),
    }),
  ),
  recentAuditEvents: Type.Array(
    Type.Object({
      id: Type.Integer(),
      occurredAt: Instant(),
      message: Type.String(),
      type: StringEnum(AUDIT_TYPES),
      user: Type.String(),
    }),
  ),
});
export type DashboardPayload = Static<typeof DashboardPayload>;
