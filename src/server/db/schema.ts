import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AuditEventType } from '../../common/audit-api.js';
import type { FeatureKind } from '../../common/license-features.js';
import type { ArtifactKind } from '../../common/downloads-api.js';
import type { NotificationTopic } from '../../common/preferences.js';

/**
 * Times are ISO-8601 UTC strings ("2026-11-23T10:00:00.000Z") in both dialects and
 * calendar dates are "YYYY-MM-DD": one representation, lexically sortable, one code path
 * (docs/decisions/002-one-representation-for-times.md).
 */
type Timestamp = string;
type Id = Generated<number>;

export interface OrganizationTable {
  id: Id;
  name: string;
  slug: string;
  created_at: Timestamp;
}

export interface UserTable {
  id: Id;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  totp_last_step: number | null;
  /** JSON text, see src/common/preferences.ts */
  preferences: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipTable {
  id: Id;
  organization_id: number;
  user_id: number;
  role: 'admin' | 'viewer';
  created_at: Timestamp;
}

export interface InvitationTable {
  id: Id;
  organization_id: number;
  email: string;
  phone: string | null;
  role: 'admin' | 'viewer';
  token_hash: string;
  invited_by_user_id: number | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  send_count: Generated<number>;
}

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

export type AuditType = AuditEventType;

export interface AuditEventTable {
  id: Id;
  organization_id: number;
  occurred_at: Timestamp;
  type: AuditType;
  action: string;
  message: string;
  actor_user_id: number | null;
  actor_label: string;
  ip: string | null;
  target_type: string | null;
  target_id: string | null;
  metadata: string;
  prev_hash: string;
  hash: string;
}

export interface SessionTable {
  id: Id;
  token_hash: string;
  user_id: number;
  active_organization_id: number | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  /** Set when the organization's IdP opened the session: it then reaches that organization only (migration 018). */
  sso_organization_id: number | null;
}

export interface ApiTokenTable {
  id: Id;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** The first answer to an Idempotency-Key of a vendor token (migration 016). */
export interface IdempotencyKeyTable {
  token_id: number;
  idempotency_key: string;
  fingerprint: string;
  /** Null while the first request runs. */
  status: number | null;
  response_body: string | null;
  created_at: Timestamp;
}

export type AccountTokenPurpose = 'password_reset' | 'email_change' | 'sign_in_second_factor';

export interface AccountTokenTable {
  id: Id;
  user_id: number;
  purpose: AccountTokenPurpose;
  token_hash: string;
  /** The address an email change moves to. */
  new_email: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface RecoveryCodeTable {
  id: Id;
  user_id: number;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SignInDeviceTable {
  id: Id;
  user_id: number;
  /** SHA-256 of the browser, system and IP a member signed in from. */
  device_hash: string;
  first_seen_at: Timestamp;
}

export interface NotificationTable {
  id: Id;
  user_id: number;
  organization_id: number | null;
  topic: NotificationTopic;
  title: string;
  body: string;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationDeliveryTable {
  id: Id;
  topic: NotificationTopic;
  /** The license, release or activation the notice is about. */
  subject_id: number;
  user_id: number;
  created_at: Timestamp;
}

/** The lease of one scheduled job (decision 101). */
export interface JobRunTable {
  name: string;
  /** The instance that holds or last held it (host and process id). */
  holder: string;
  started_at: Timestamp;
  /** Another instance may take the job once this has passed (the holder died mid-run). */
  lease_until: Timestamp;
  finished_at: Timestamp | null;
  outcome: string | null;
  runs: Generated<number>;
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

export type MailDeliveryStatus = 'pending' | 'sent' | 'failed';

/** An email, queued in the transaction of what it reports and retried with backoff until sent or given up (decisions 101, 140). */
export interface MailDeliveryTable {
  id: Id;
  recipient: string;
  subject: string;
  /** Empty since migration 023 (the message is in sealed_message); clear only in rows queued before it. */
  text_body: string;
  html_body: string;
  /** JSON object of extra headers, or null (migration 020; empty since 023 like the bodies). */
  headers: string | null;
  /** Text, HTML and headers as JSON sealed with a SecretBox (MAIL_MESSAGE_PURPOSE); null once sent or given up. */
  sealed_message: string | null;
  /** When the link in the mail stops working: not sent after it (null: no deadline). */
  expires_at: Timestamp | null;
  /** What the mail's link belongs to (e.g. "invitation:12"): a waiting mail is given up when that link dies. */
  link_key: string | null;
  status: MailDeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** Where the vendor receives webhooks, and which events (decision 128). */
export interface WebhookEndpointTable {
  id: Id;
  url: string;
  description: Generated<string>;
  /** JSON array of event types (src/common/webhooks.ts). */
  events: string;
  enabled: Generated<number>;
  /** The `whsec_…` secret, sealed (AES-256-GCM). */
  secret_ciphertext: string;
  /** The secret before the last rotation: it signs too until previous_secret_until. */
  previous_secret_ciphertext: string | null;
  previous_secret_until: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An organization's OpenID Connect connection (migration 018, docs/sso.md). */
export interface SsoConnectionTable {
  organization_id: number;
  issuer_url: string;
  client_id: string;
  /** AES-256-GCM under a key derived for this purpose (crypto/secret-box.ts); never sent back. */
  client_secret_sealed: string;
  default_role: 'admin' | 'viewer';
  /** 1: members sign in with SSO only (an Admin's password sign-in stays, audited: decision 125). */
  sso_required: number;
  updated_by_user_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The outbox: an event, written in the transaction of the change that caused it. */
export interface WebhookEventTable {
  id: Id;
  message_id: string;
  organization_id: number;
  type: string;
  payload: string;
  once_key: string | null;
  created_at: Timestamp;
}

/** One event to one endpoint, retried with backoff for a day. */
export interface WebhookDeliveryTable {
  id: Id;
  event_id: number;
  endpoint_id: number;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  first_attempt_at: Timestamp | null;
  next_attempt_at: Timestamp | null;
  last_status_code: number | null;
  last_error: string | null;
  /** The delivery a manual redeliver copied. */
  redelivery_of: number | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface WebhookAttemptTable {
  id: Id;
  delivery_id: number;
  attempt: number;
  attempted_at: Timestamp;
  status_code: number | null;
  duration_ms: number;
  error: string | null;
  next_attempt_at: Timestamp | null;
}

export interface SsoDomainTable {
  domain: string;
  organization_id: number;
}

/** A started Authorization Code flow, used once by its callback. */
export interface SsoSignInAttemptTable {
  state_hash: string;
  organization_id: number;
  nonce: string;
  code_verifier_sealed: string;
  redirect_to: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SsoIdentityTable {
  organization_id: number;
  /** The ID token's `sub` at this organization's IdP. */
  subject: string;
  user_id: number;
  created_at: Timestamp;
}

export interface ScimTokenTable {
  id: Id;
  organization_id: number;
  name: string;
  token_hash: string;
  /** The last four characters, to tell tokens apart. */
  token_hint: string;
  created_by_user_id: number | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A member as the organization's SCIM client provisioned them; kept while deactivated. */
export interface ScimMemberTable {
  organization_id: number;
  user_id: number;
  external_id: string | null;
  active: number;
  role: 'admin' | 'viewer';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  products: ProductTable;
  entitlements: EntitlementTable;
  licenses: LicenseTable;
  activations: ActivationTable;
  product_features: ProductFeatureTable;
  license_features: LicenseFeatureTable;
  releases: ReleaseTable;
  artifacts: ArtifactTable;
  audit_events: AuditEventTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  account_tokens: AccountTokenTable;
  recovery_codes: RecoveryCodeTable;
  sign_in_devices: SignInDeviceTable;
  notifications: NotificationTable;
  notification_deliveries: NotificationDeliveryTable;
  license_assignments: LicenseAssignmentTable;
  vendor_contact: VendorContactTable;
  idempotency_keys: IdempotencyKeyTable;
  job_runs: JobRunTable;
  usage_days: UsageDayTable;
  usage_rollups: UsageRollupTable;
  mail_deliveries: MailDeliveryTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_events: WebhookEventTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
  sso_connections: SsoConnectionTable;
  sso_domains: SsoDomainTable;
  sso_sign_in_attempts: SsoSignInAttemptTable;
  sso_identities: SsoIdentityTable;
  scim_tokens: ScimTokenTable;
  scim_members: ScimMemberTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
