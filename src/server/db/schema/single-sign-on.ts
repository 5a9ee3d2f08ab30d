import type { Timestamp, Id } from './columns.js';

// Single sign-on and SCIM provisioning (docs/sso.md).

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
