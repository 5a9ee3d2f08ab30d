import type { ActivationKind } from './activation-kinds.js';
import type { AssigneeSummary } from './assignments-api.js';
import type { GrantedFeature } from './license-features.js';
import type { LicenseStatus } from './license-status.js';

export const PRODUCT_SORT_COLUMNS = ['name', 'licenseType', 'description'] as const;
export type ProductSortColumn = (typeof PRODUCT_SORT_COLUMNS)[number];

/** A product the organization holds at least one license of. */
export interface LicenseProductItem {
  productId: number;
  name: string;
  licenseType: string;
  description: string;
  /** Who the organization's licenses of the product are assigned to. */
  assignees: AssigneeSummary[];
}

export const ENTITLEMENT_SEARCH_SCOPES = ['entitlementId', 'salesOrder', 'poNumber'] as const;
export type EntitlementSearchScope = (typeof ENTITLEMENT_SEARCH_SCOPES)[number];

export const ENTITLEMENT_SEARCH_SCOPE_LABELS: Record<EntitlementSearchScope, string> = {
  entitlementId: 'Entitlement ID',
  salesOrder: 'Sales Order',
  poNumber: 'PO Number',
};

export const ENTITLEMENT_DATE_FIELDS = ['orderDate', 'expiration'] as const;
export type EntitlementDateField = (typeof ENTITLEMENT_DATE_FIELDS)[number];

export const ENTITLEMENT_SORT_COLUMNS = [
  'entitlementId',
  'salesOrder',
  'product',
  'orderDate',
  'expiration',
  'poNumber',
] as const;
export type EntitlementSortColumn = (typeof ENTITLEMENT_SORT_COLUMNS)[number];

export type { EntitlementLineItem } from './licenses-schema.js';

/** A license as the detail panels show it: seats ("available"), live seats ("activated") and what is left. */
export interface LicenseLine {
  licenseId: number;
  productId: number;
  productName: string;
  description: string;
  licenseType: string;
  deploymentType: string;
  activationKind: ActivationKind;
  entitlementId: number;
  entitlementPublicId: string;
  orderDate: string;
  salesOrder: string;
  poNumber: string | null;
  available: number;
  activated: number;
  /** Seats free to activate now: 0 when the license is suspended, revoked or expired. */
  unactivated: number;
  status: LicenseStatus;
  expiresAt: string | null;
  maskedKey: string;
  assignees: AssigneeSummary[];
  /** The vendor configured where renewal requests go (product or global address). */
  renewalRequestable: boolean;
  /** The features the license grants, by name, ended ones too. */
  features: GrantedFeature[];
}

export interface LicenseProductDetail {
  product: Omit<LicenseProductItem, 'assignees'> & {
    deploymentType: string;
    activationKind: ActivationKind;
  };
  lines: LicenseLine[];
}

export interface EntitlementDetail {
  entitlementId: number;
  publicId: string;
  orderDate: string;
  salesOrder: string;
  poNumber: string | null;
  /** When its last license expires; null when one never does (entitlementExpiry, decision 074). */
  expiresAt: string | null;
  totalAvailable: number;
  licenses: LicenseLine[];
}

/** A feature some license of the organization grants: a choice of the "licenses with feature" filter. */
export interface FeatureChoice {
  featureId: number;
  code: string;
  name: string;
  productName: string;
}

export interface ActivateLicenseInput {
  quantity: number;
  projectName: string;
  projectManager: string;
  identifier: string;
}

export interface LicenseActivated {
  activationId: number;
  /** Seats of the license still free after this activation. */
  unactivated: number;
}

export const ACTIVATION_IDENTIFIER_LABELS: Record<ActivationKind, string> = {
  machine: 'Machine fingerprint',
  domain: 'Domain',
  serial: 'Serial number',
};

export interface DiagnoseLicenseInput {
  key: string;
  /** Machine fingerprint, domain or serial, to check that activation too. */
  identifier?: string;
  /** Feature codes, to check the license grants them now (as `scope.features` of validate). */
  features?: string[];
}

/** The verdict the software would get, as a checklist: each step with its remedy when it failed. */
export interface LicenseDiagnosis {
  valid: boolean;
  code: string;
  message: string;
  remedy: string;
  license: {
    licenseId: number;
    productName: string;
    entitlementPublicId: string;
    seats: number;
    liveSeats: number;
  } | null;
  steps: {
    code: string;
    check: string;
    outcome: 'passed' | 'failed' | 'skipped';
    explanation: string | null;
    remedy: string | null;
  }[];
  /**
   * Offered to members who may deactivate, when every seat is taken: the live activation seen
   * longest ago, whose deactivation frees a seat. Null otherwise.
   */
  fix: { activationId: number; place: string; quantity: number; lastSeenAt: string } | null;
}
