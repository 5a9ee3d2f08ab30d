import type { Action } from './abilities.js';
import type { InventoryView } from './assignments-api.js';
import type { LicenseStatus } from './license-status.js';
import type { Preferences } from './preferences.js';
import type { Role } from './roles.js';
import type { AuditEventType } from './audit-api.js';

export type { ApiErrorBody } from './api-error.js';

export interface SessionPayload {
  user: {
    id: number;
    email: string;
    firstName: string;
    lastName: string;
    preferences: Preferences;
  };
  organization: { id: number; name: string };
  role: Role;
  organizations: { id: number; name: string; role: Role }[];
  abilities: Action[];
  /** Licenses assigned to the member in the active organization. */
  assignedLicenses: number;
  /** What the license lists and the Dashboard show first: "mine" for a non-Admin with assignments (decision 093). */
  defaultView: InventoryView;
  /** Sections of the portal that exist in this build, in sidebar order. */
  sections: PortalSection[];
  csrfToken: string;
}

export type PortalSection =
  | 'dashboard'
  | 'licenses'
  | 'activations'
  | 'downloads'
  | 'members'
  | 'audit'
  | 'settings'
  | 'profile';

export interface DashboardPayload {
  /** Whose figures and recent licenses these are: the member's assignments or the organization's. */
  view: InventoryView;
  /** Licenses assigned to the member; the view switch shows when there are any. */
  assignedLicenses: number;
  kpis: {
    totalLicenses: number;
    activeLicenses: number;
    activationsInUse: number;
    expiringSoon: number;
    availableLicenses: number;
    activatedLicenses: number;
    unactivatedLicenses: number;
    /** Absent for Viewers: the server does not send it. */
    totalMembers?: number;
  };
  recentLicenses: {
    id: number;
    maskedKey: string;
    productName: string;
    status: LicenseStatus;
    addedAt: string;
  }[];
  /** The valid licenses that expire next, soonest first (Expiring Soon's "at a glance"). */
  upcomingExpirations: {
    licenseId: number;
    maskedKey: string;
    productName: string;
    entitlementId: number;
    entitlementPublicId: string;
    expiresAt: string;
  }[];
  /** Features whose grant ends within the next 30 days, soonest first. */
  endingFeatures: {
    id: number;
    featureName: string;
    productName: string;
    entitlementId: number;
    entitlementPublicId: string;
    salesOrder: string;
    expiresAt: string;
  }[];
  recentActivations: {
    id: number;
    productName: string;
    quantity: number;
    activatedAt: string;
    activatedBy: string;
  }[];
  recentAuditEvents: {
    id: number;
    occurredAt: string;
    message: string;
    type: AuditEventType;
    user: string;
  }[];
}
