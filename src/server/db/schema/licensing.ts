import type { Generated } from 'kysely';
import type { FeatureKind } from '../../../common/license-features.js';
import type { ArtifactKind } from '../../../common/downloads-api.js';
import type { Timestamp, Id } from './columns.js';

// What an organization owns and where it runs: products, licenses, activations, usage.

export interface ProductTable {
  id: Id;
  code: string;
  name: string;
  license_type: string;
  deployment_type: string;
  activation_kind: 'machine' | 'domain' | 'serial';
  /** Seconds after which a silent activation stops counting as live; null = no heartbeat. */
  heartbeat_interval_seconds: number | null;
  /** 1 when validation must name the activation's identifier (FINGERPRINT_REQUIRED), 0 when a bare key may validate. */
  identifier_required: Generated<number>;
  description: string;
  /** The vendor's support contact and renewal request address for this product; null = the global one. */
  support_email: string | null;
  support_url: string | null;
  renewal_email: string | null;
  created_at: Timestamp;
}

/** The vendor's global support contact and renewal request address: one row, id 1. */
export interface VendorContactTable {
  id: number;
  support_email: string | null;
  support_url: string | null;
  renewal_email: string | null;
  updated_at: Timestamp;
}

/** Seats of a license assigned to a member, or to an invitation until it is accepted (decision 090). */
export interface LicenseAssignmentTable {
  id: Id;
  organization_id: number;
  license_id: number;
  user_id: number | null;
  invitation_id: number | null;
  /** The assignee's address when assigned (the invitation's, for a pending assignment). */
  email: string;
  quantity: number;
  assigned_by_label: string;
  assigned_at: Timestamp;
}

export interface EntitlementTable {
  id: Id;
  public_id: string;
  organization_id: number;
  sales_order: string;
  po_number: string | null;
  order_date: string;
  expires_on: string | null;
  status: 'active' | 'expired' | 'cancelled';
  created_at: Timestamp;
}

export interface LicenseTable {
  id: Id;
  organization_id: number;
  entitlement_id: number;
  product_id: number;
  /** The product's name, kept in step on rename: License Keys' Product sort reads it from an index (migration 022). */
  product_name: string;
  key_ciphertext: string;
  key_hash: string;
  key_last4: string;
  seats: number;
  status: 'active' | 'suspended' | 'revoked';
  expires_at: Timestamp | null;
  /** Unused since migration 011: assignments live in license_assignments (decision 090). */
  assigned_user_id: number | null;
  /** 1 when an Admin lets anyone use seats assigned to others (no SEAT_ASSIGNED refusal). */
  assigned_seats_shared: Generated<number>;
  /** Deactivations allowed per rolling period (abuse guard); null = unlimited. */
  max_deactivations: number | null;
  deactivation_period_days: Generated<number>;
  /** Open (not deactivated) activations and their seats, kept by triggers (migration 007). */
  open_activations: Generated<number>;
  open_seats: Generated<number>;
  created_at: Timestamp;
}

export interface ActivationTable {
  id: Id;
  organization_id: number;
  license_id: number;
  product_id: number;
  /** The product's name, kept in step on rename: the Product Name sort reads it from an index. */
  product_name: string;
  entitlement_id: number;
  /** The entitlement's and the license key's labels, copied on activation: the table and its export read no join (migration 009). */
  entitlement_public_id: string;
  key_last4: string;
  kind: 'machine' | 'domain' | 'serial';
  identifier: string;
  name: string | null;
  hostname: string | null;
  platform: string | null;
  quantity: Generated<number>;
  project_name: string | null;
  project_manager: string | null;
  activated_by_user_id: number | null;
  /** Display name of who activated: a member's name, or "Software". */
  activated_by_label: string;
  activated_at: Timestamp;
  last_heartbeat_at: Timestamp | null;
  /** When a heartbeat product's activation stops counting as live without a new heartbeat; null = never. */
  heartbeat_deadline: Timestamp | null;
  deactivated_at: Timestamp | null;
  deactivated_by_user_id: number | null;
  deactivated_by_label: string | null;
}

export interface ProductFeatureTable {
  id: Id;
  product_id: number;
  /** Stable code the software asks for, e.g. fea-solver. */
  code: string;
  name: string;
  description: Generated<string>;
  kind: FeatureKind;
  /** What a limit counts, e.g. "render hours"; null for on/off features. */
  unit: string | null;
  created_at: Timestamp;
}

/** A feature a license grants (migration 010). */
export interface LicenseFeatureTable {
  id: Id;
  organization_id: number;
  license_id: number;
  feature_id: number;
  /** This license's limit of a limit feature (reported, not metered); null = no number. */
  limit_value: number | null;
  /** When the grant ends (an add-on), independent of the license's expiry; null = with the license. */
  expires_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ReleaseTable {
  id: Id;
  product_id: number;
  version: string;
  channel: string;
  notes_md: string;
  published_at: Timestamp;
}

export interface ArtifactTable {
  id: Id;
  release_id: number;
  file_name: string;
  platform: string;
  arch: string;
  size: number;
  sha256: string;
  storage_key: string;
  /** installer (default) or documentation: release notes, manuals (migration 013). */
  kind: Generated<ArtifactKind>;
  created_at: Timestamp;
}

/** Per organization, closed UTC day and product: what never changes after the day (migration 024). */
export interface UsageDayTable {
  organization_id: number;
  /** YYYY-MM-DD, UTC. */
  day: string;
  product_id: number;
  activated: number;
  activated_seats: number;
  /** Deactivations written when they happened (not at a heartbeat deadline already past). */
  freed: number;
  freed_seats: number;
  /** Activations whose heartbeat deadline passed on this day while they were open. */
  died: number;
  died_seats: number;
}

/** The last UTC day of an organization's usage_days; later days are read from the activations. */
export interface UsageRollupTable {
  organization_id: number;
  rolled_through: string;
  rolled_at: Timestamp;
}
