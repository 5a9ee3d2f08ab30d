import { createHmac } from 'node:crypto';
import type { Role } from '../../common/roles.js';
import { parsePreferences, type Preferences } from '../../common/preferences.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AppContext } from '../context.js';
import { decoyPasswordHash, verifyPassword } from '../crypto/passwords.js';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { AppError } from '../http/errors.js';
import {
  deleteSessionByTokenHash,
  findSessionByTokenHash,
  insertSession,
  listMembershipsOfUser,
  setSessionOrganization,
  touchSession,
} from './session-queries.js';


export interface AuthState {
  sessionId: number;
  tokenHash: string;
  user: { id: number; email: string; firstName: string; lastName: string; preferences: Preferences };
  memberships: { id: number; name: string; role: Role }[];
  /** The active organization, if the user still belongs to it (or to any). */
  organization: { id: number; name: string; role: Role } | null;
}

export function memberLabel(user: { firstName: string; lastName: string; email: string }): string {
  const name = `${user.firstName} ${user.lastName}`.trim();
  return name || user.email;
}

function tooManyAttempts(seconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError(429, 'too_many_attempts', `Too many sign-in attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`);
}

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string | null; previousToken?: string },
): Promise<{ token: string; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  const now = ctx.now();
  const { perIp, perAccount } = ctx.loginThrottle;
  const wait = Math.max(perIp.retryAfter(input.ip, now.getTime()), perAccount.retryAfter(email, now.getTime()));
  if (wait > 0) throw Object.assign(tooManyAttempts(wait), { retryAfter: wait });

  const user = await ctx.db.selectFrom('users').select(['id', 'password_hash', 'first_name', 'last_name', 'email']).where('email', '=', email).executeTakeFirst();
  const valid = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), input.password);
  if (!user || !user.password_hash || !valid) {
    perIp.hit(input.ip, now.getTime());
    perAccount.hit(email, now.getTime());
    throw new AppError(401, 'invalid_credentials', 'The email or password is incorrect.');
  }
  perAccount.reset(email);

  const memberships = await listMembershipsOfUser(ctx.db, user.id);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionDays * 86_400_000);
  // The organization the user joined first is where a new session starts.
  const organizationId = [...memberships].sort((a, b) => a.membershipId - b.membershipId)[0]?.id ?? null;
  await ctx.db.transaction().execute(async (trx) => {
    if (input.previousToken) await deleteSessionByTokenHash(trx, sha256Hex(input.previousToken));
    await insertSession(trx, {
      tokenHash: sha256Hex(token),
      userId: user.id,
      organizationId,
      now: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    for (const membership of memberships) {
      await recordAudit(trx, {
        organizationId: membership.id,
        type: 'security',
        action: 'session.signed_in',
        message: `${memberLabel({ firstName: user.first_name, lastName: user.last_name, email: user.email })} signed in`,
        actor: { userId: user.id, label: memberLabel({ firstName: user.first_name, lastName: user.last_name, email: user.email }) },
        ip: input.ip,
        at: now,
      });
    }
  });
  return { token, expiresAt };
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await deleteSessionByTokenHash(ctx.db, sha256Hex(token));
}

export async function resolveSession(ctx: AppContext, token: string): Promise<AuthState | null> {
  const tokenHash = sha256Hex(token);
  const row = await findSessionByTokenHash(ctx.db, tokenHash);
  const now = ctx.now();
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > 5 * 60_000) await touchSession(ctx.db, row.sessionId, now.toISOString());
  const memberships = (await listMembershipsOfUser(ctx.db, row.userId)).map((m) => ({ id: m.id, name: m.name, role: m.role }));
  const organization = memberships.find((m) => m.id === row.activeOrganizationId) ?? memberships[0] ?? null;
  return {
    sessionId: row.sessionId,
    tokenHash,
    user: { id: row.userId, email: row.email, firstName: row.firstName, lastName: row.lastName, preferences: parsePreferences(row.preferences) },
    memberships,
    organization,
  };
}

export async function switchOrganization(ctx: AppContext, auth: AuthState, organizationId: number): Promise<void> {
  if (!auth.memberships.some((m) => m.id === organizationId)) throw new AppError(404, 'not_found', 'The organization does not exist.');
  await setSessionOrganization(ctx.db, auth.sessionId, organizationId);
}

/** Bound to the session, so a token lifted from one session is useless in another. */
export function csrfTokenFor(ctx: AppContext, tokenHash: string): string {
  return createHmac('sha256', ctx.secrets.csrfKey).update(tokenHash).digest('base64url');
}
