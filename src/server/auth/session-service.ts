import { createHmac } from 'node:crypto';
import type { Role } from '../../common/roles.js';
import { parsePreferences, type Preferences } from '../../common/preferences.js';
import { recordAccountAudit } from '../audit/record-account-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { decoyPasswordHash, verifyPassword } from '../crypto/passwords.js';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { inTransaction } from '../db/transaction.js';
import { DomainError } from '../errors.js';
import { deviceHash, rememberDevice } from './known-devices.js';
import { issueAccountToken, SECOND_FACTOR_MINUTES } from './account-token-queries.js';
import {
  deleteSessionByTokenHash,
  findSessionByTokenHash,
  insertSession,
  listMembershipsOfUser,
  setSessionOrganization,
  touchSession,
} from './session-queries.js';
import { reachableMemberships, recoveryMemberships } from './sso-reach.js';
import { findSignInCredentials, findUserName } from './user-queries.js';

export interface AuthState {
  sessionId: number;
  tokenHash: string;
  user: {
    id: number;
    email: string;
    firstName: string;
    lastName: string;
    preferences: Preferences;
  };
  memberships: { id: number; name: string; role: Role }[];
  /** The active organization, if the user still belongs to it (or to any). */
  organization: { id: number; name: string; role: Role } | null;
}

export function memberLabel(user: { firstName: string; lastName: string; email: string }): string {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return name || user.email;
}

function tooManyAttempts(seconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new DomainError(
    'too_many_requests',
    'too_many_attempts',
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    undefined,
    seconds,
  );
}

export interface SignInInput {
  ip: string;
  userAgent: string | null;
  /** The session cookie the browser still had; it is ended so a session id never survives sign-in. */
  previousToken?: string;
  /** Set by single sign-on: the organization whose IdP signed the user in, the only one the session reaches. */
  ssoOrganizationId?: number;
}

export type SignInResult =
  { kind: 'session'; session: OpenedSession } | { kind: 'second_factor'; pendingToken: string };

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  userId: number;
  /** Signed in from a browser and address this account has not used before (never true for the first one). */
  newDevice: boolean;
}

/** Refuses with 429 while the IP or, when named, the account is throttled. */
export async function assertNotThrottled(
  ctx: AppContext,
  ip: string,
  email?: string,
): Promise<void> {
  const now = ctx.now().getTime();
  const { perIp, perAccount } = ctx.loginThrottle;
  const wait = Math.max(
    await perIp.retryAfter(ip, now),
    email === undefined ? 0 : await perAccount.retryAfter(email, now),
  );
  if (wait > 0) throw tooManyAttempts(wait);
}

export async function countFailedAttempt(
  ctx: AppContext,
  ip: string,
  email?: string,
): Promise<void> {
  const now = ctx.now().getTime();
  await ctx.loginThrottle.perIp.hit(ip, now);
  if (email !== undefined) await ctx.loginThrottle.perAccount.hit(email, now);
}

/**
 * Checks email and password. An account with two-factor authentication gets a pending
 * sign-in to complete with a code (second-factor-sign-in.ts); any other gets its session.
 */
export async function signIn(
  ctx: AppContext,
  input: SignInInput & { email: string; password: string },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  await assertNotThrottled(ctx, input.ip, email);

  const user = await findSignInCredentials(ctx.db, email);
  const valid = await verifyPassword(
    user?.password_hash ?? (await decoyPasswordHash()),
    input.password,
  );
  if (!user || !user.password_hash || !valid) {
    await countFailedAttempt(ctx, input.ip, email);
    throw new DomainError(
      'unauthenticated',
      'invalid_credentials',
      'The email or password is incorrect.',
    );
  }
  await enforceSsoRequirement(ctx, user.id, input.ip);
  // The account's failure count is cleared only once every factor has passed.
  if (user.totp_enabled_at) {
    const pendingToken = await issueAccountToken(ctx.db, {
      userId: user.id,
      purpose: 'sign_in_second_factor',
      minutes: SECOND_FACTOR_MINUTES,
      now: ctx.now(),
    });
    return { kind: 'second_factor', pendingToken };
  }
  await ctx.loginThrottle.perAccount.reset(email, ctx.now().getTime());
  return { kind: 'session', session: await openSession(ctx, user.id, input) };
}

/**
 * After a right password: refuses when every organization of the user requires single
 * sign-on, and audits an Admin's password sign-in into such an organization as the recovery
 * path (docs/decisions/125). Checked only after the password, so it reveals nothing to a guess.
 */
async function enforceSsoRequirement(ctx: AppContext, userId: number, ip: string): Promise<void> {
  const memberships = await listMembershipsOfUser(ctx.db, userId);
  const blocked = memberships.length > 0 && reachableMemberships(memberships, null).length === 0;
  const audited = blocked ? memberships : recoveryMemberships(memberships);
  if (audited.length === 0) return;
  const user = await findUserName(ctx.db, userId);
  const label = memberLabel({
    firstName: user.first_name,
    lastName: user.last_name,
    email: user.email,
  });
  await inTransaction(ctx.db, async (trx) => {
    for (const organization of audited)
      await recordAudit(trx, {
        organizationId: organization.id,
        type: 'security',
        action: blocked ? 'sso.password_refused' : 'sso.recovery_sign_in',
        message: blocked
          ? `${label} tried to sign in with a password; single sign-on is required`
          : `${label} signed in with a password while single sign-on is required (Admin recovery)`,
        actor: { userId, label },
        ip,
        at: ctx.now(),
      });
  });
  if (blocked)
    throw new DomainError(
      'forbidden',
      'sso_required',
      `${memberships.map((m) => m.name).join(', ')} requires single sign-on. Choose “Sign in with SSO” and enter your work email.`,
    );
}

/** Issues a new session for a user whose every factor has been checked, and audits it. */
export async function openSession(
  ctx: AppContext,
  userId: number,
  input: SignInInput,
): Promise<OpenedSession> {
  const now = ctx.now();
  const user = await findUserName(ctx.db, userId);
  const label = memberLabel({
    firstName: user.first_name,
    lastName: user.last_name,
    email: user.email,
  });
  const memberships = reachableMemberships(
    await listMembershipsOfUser(ctx.db, userId),
    input.ssoOrganizationId ?? null,
  );
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionDays * 86_400_000);
  // The organization the user joined first is where a new session starts.
  const organizationId =
    [...memberships].sort((a, b) => a.membershipId - b.membershipId)[0]?.id ?? null;
  const newDevice = await inTransaction(ctx.db, async (trx) => {
    if (input.previousToken) await deleteSessionByTokenHash(trx, sha256Hex(input.previousToken));
    await insertSession(trx, {
      tokenHash: sha256Hex(token),
      userId,
      organizationId,
      now: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: input.ip,
      userAgent: input.userAgent,
      ssoOrganizationId: input.ssoOrganizationId,
    });
    // A single sign-on session is recorded in the one organization it reaches.
    if (input.ssoOrganizationId !== undefined)
      await recordAudit(trx, {
        organizationId: input.ssoOrganizationId,
        type: 'security',
        action: 'sso.signed_in',
        message: `${label} signed in with single sign-on`,
        actor: { userId, label },
        ip: input.ip,
        at: now,
      });
    else
      await recordAccountAudit(trx, {
        userId,
        type: 'security',
        action: 'session.signed_in',
        message: `${label} signed in`,
        actor: { userId, label },
        ip: input.ip,
        at: now,
      });
    return rememberDevice(trx, userId, deviceHash(input), now);
  });
  return { token, expiresAt, userId, newDevice };
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await deleteSessionByTokenHash(ctx.db, sha256Hex(token));
}

export async function resolveSession(ctx: AppContext, token: string): Promise<AuthState | null> {
  const tokenHash = sha256Hex(token);
  const row = await findSessionByTokenHash(ctx.db, tokenHash);
  const now = ctx.now();
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > 5 * 60_000)
    await touchSession(ctx.db, row.sessionId, now.toISOString());
  const reachable = reachableMemberships(
    await listMembershipsOfUser(ctx.db, row.userId),
    row.ssoOrganizationId,
  );
  const memberships = reachable.map((m) => ({
    id: m.id,
    name: m.name,
    role: m.role,
  }));
  const organization =
    memberships.find((m) => m.id === row.activeOrganizationId) ?? memberships[0] ?? null;
  return {
    sessionId: row.sessionId,
    tokenHash,
    user: {
      id: row.userId,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      preferences: parsePreferences(row.preferences),
    },
    memberships,
    organization,
  };
}

export async function switchOrganization(
  ctx: AppContext,
  auth: AuthState,
  organizationId: number,
): Promise<void> {
  if (!auth.memberships.some((m) => m.id === organizationId))
    throw new DomainError('not_found', 'not_found', 'The organization does not exist.');
  await setSessionOrganization(ctx.db, auth.sessionId, organizationId);
}

/** Bound to the session, so a token lifted from one session is useless in another. */
export function csrfTokenFor(ctx: AppContext, tokenHash: string): string {
  return createHmac('sha256', ctx.secrets.csrfKey).update(tokenHash).digest('base64url');
}
