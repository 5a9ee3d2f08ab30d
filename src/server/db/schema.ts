import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  OrganizationTable,
  UserTable,
  MembershipTable,
  InvitationTable,
  SessionTable,
  ApiTokenTable,
  IdempotencyKeyTable,
  AccountTokenTable,
  RecoveryCodeTable,
  SignInDeviceTable,
} from './schema/accounts.js';
import type {
  ProductTable,
  VendorContactTable,
  LicenseAssignmentTable,
  EntitlementTable,
  LicenseTable,
  ActivationTable,
  ProductFeatureTable,
  LicenseFeatureTable,
  ReleaseTable,
  ArtifactTable,
  UsageDayTable,
  UsageRollupTable,
} from './schema/licensing.js';
import type {
  AuditEventTable,
  NotificationTable,
  NotificationDeliveryTable,
  JobRunTable,
  MailDeliveryTable,
  WebhookEndpointTable,
  WebhookEventTable,
  WebhookDeliveryTable,
  WebhookAttemptTable,
} from './schema/events.js';
import type {
  SsoConnectionTable,
  SsoDomainTable,
  SsoSignInAttemptTable,
  SsoIdentityTable,
  ScimTokenTable,
  ScimMemberTable,
} from './schema/single-sign-on.js';

/** The tables as Kysely sees them; their columns, one file per area, are under schema/. */
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
