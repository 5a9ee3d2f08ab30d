import type { Generated } from 'kysely';
import type { Timestamp, Id } from './columns.js';

// The organizations, their members and how they sign in.

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
