import type { NewRow } from '../../db/schema.js';

/** An account made by an IdP (SSO's first sign-in or SCIM): no password, no second factor. */
export function idpAccount(
  email: string,
  firstName: string,
  lastName: string,
  now: string,
): NewRow<'users'> {
  return {
    email,
    first_name: firstName.slice(0, 100),
    last_name: lastName.slice(0, 100),
    phone: null,
    password_hash: null,
    totp_secret: null,
    totp_enabled_at: null,
    totp_last_step: null,
    created_at: now,
    updated_at: now,
  };
}
