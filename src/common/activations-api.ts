import type { GrantedFeature } from './license-features.js';
import type { ActivationKind } from './activation-kinds.js';
import type { LicenseStatus } from './license-status.js';

/** The columns the Activations table sorts by; each has an index (migration 005-activations-indexes). */
export const ACTIVATION_SORT_COLUMNS = [
  'activatedAt',
  'productName',
  'projectName',
  'projectManager',
  'activatedBy',
] as const;
export type ActivationSortColumn = (typeof ACTIVATION_SORT_COLUMNS)[number];

/** Live: holds its seats; lapsed: missed its heartbeat (seats free, not deactivated); deactivated: history. */
export type ActivationStatus = 'live' | 'lapsed' | 'deactivated';

export const ACTIVATION_STATUS_LABELS: Record<ActivationStatus, string> = {
  live: 'Live',
  lapsed: 'Heartbeat missed',
  deactivated: 'Deactivated',
};

/** Most activations one request deactivates (a page of the table at most). */
export const MAX_DEACTIVATE_AT_ONCE = 100;

/** Most activations the seat reclaim lists, and so frees, in one go (the rest on the next run). */
export const MAX_RECLAIM_PREVIEW = 1000;

export interface ActivationItem {
  id: number;
  activatedAt: string;
  productId: number;
  productName: string;
  projectName: string | null;
  projectManager: string | null;
  activatedBy: string;
  entitlementId: string;
  /** The serial number a `serial` activation binds (its identifier); null for machines and domains. */
  serialNumber: string | null;
  kind: ActivationKind;
  identifier: string;
  hostname: string | null;
  platform: string | null;
  quantity: number;
  lastHeartbeatAt: string | null;
  status: ActivationStatus;
  deactivatedAt: string | null;
  deactivatedBy: string | null;
}

export interface ActivationProductOption {
  id: number;
  name: string;
}

/** Everything known about one activation: the binding, its license and entitlement, and its audit trail. */
export interface ActivationDetail {
  activation: ActivationItem;
  license: {
    id: number;
    seats: number;
    /** Effective status (expired once past expiry), as the license lists show it. */
    status: LicenseStatus;
    expiresAt: string | null;
    maxDeactivations: number | null;
    deactivationPeriodDays: number;
    /** What the machine's license unlocks, ended features too. */
    features: GrantedFeature[];
  };
  entitlement: { publicId: string; salesOrder: string; poNumber: string | null };
  auditTrail: {
    id: number;
    occurredAt: string;
    message: string;
    user: string;
    ip: string | null;
  }[];
}

/** The machine, domain or serial an activation moves to; its seats and project data stay. */
export interface SwapActivationInput {
  identifier: string;
  name?: string;
  hostname?: string;
}

export interface SwapResult {
  /** The new activation. */
  activationId: number;
}

/** What the portal answers for an uploaded offline activation request. */
export interface OfflineActivationResult {
  /** The signed response file, to save as JSON and carry to the air-gapped machine. */
  responseFile: { format: string; algorithm: 'ed25519'; document: string; signature: string };
  /** Suggested name for the saved file. */
  fileName: string;
  /** The response file as an SVG QR code, for machines that can scan one. */
  qrSvg: string;
  licenseFile: {
    product: { code: string; name: string };
    entitlement: string;
    seats: number;
    activation: { id: number; kind: string; identifier: string; quantity: number };
    issuedAt: string;
    validUntil: string;
  };
}

export interface DeactivationResult {
  deactivated: number;
}
