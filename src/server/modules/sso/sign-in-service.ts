import * as client from 'openid-client';
import type { SsoErrorCode } from '../../../common/sso-api.js';
import { recordAudit } from '../../audit/record-audit.js';
import { openSession, type OpenedSession, type SignInInput } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { sha256Hex } from '../../crypto/tokens.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import {
  discoverIdp,
  openClientSecret,
  openVerifier,
  redirectUriOf,
  sealVerifier,
} from './oidc.js';
import * as members from '../members/queries.js';
import { idpAccount } from './new-account.js';
import * as queries from './queries.js';

/** Minutes between "Sign in with SSO" and the IdP's answer before the attempt is void. */
const ATTEMPT_MINUTES = 10;

/** A sign-in that ends on the login page with a reason (?sso_error=code); audited where an organization is known. */
export class SsoRefusal extends Error {
  constructor(readonly code: SsoErrorCode) {
    super(code);
  }
}

/** Only a path of this site may follow a sign-in. */
const localPath = (value: string | undefined) =>
  value && /^\/(?![/\\])/.test(value) ? value : null;

async function connectionOf(ctx: AppContext, organizationId: number) {
  const connection = await queries.findConnection(ctx.db, organizationId);
  if (!connection) throw new SsoRefusal('unknown_organization');
  return {
    issuerUrl: connection.issuer_url,
    clientId: connection.client_id,
    clientSecret: openClientSecret(ctx, connection.client_secret_sealed),
    defaultRole: connection.default_role,
  };
}

async function discover(ctx: AppContext, connection: Parameters<typeof discoverIdp>[1]) {
  try {
    return await discoverIdp(ctx, connection);
  } catch {
    throw new SsoRefusal('unavailable');
  }
}

/**
 * Starts the Authorization Code flow with PKCE, state and nonce for the organization an email
 * domain or a sign-in link names. Returns where to send the browser and the state, which the
 * browser keeps in a cookie so that only it can finish this attempt.
 */
export async function startSsoSignIn(
  ctx: AppContext,
  input: { email?: string; organizationSlug?: string; redirect?: string },
): Promise<{ authorizationUrl: string; state: string }> {
  const email = input.email?.trim().toLowerCase();
  const organizationId = input.organizationSlug
    ? await queries.organizationOfSlug(ctx.db, input.organizationSlug)
    : await queries.organizationOfDomain(ctx.db, email?.split('@')[1] ?? '');
  if (organizationId === undefined)
    throw new SsoRefusal(input.organizationSlug ? 'unknown_organization' : 'unknown_domain');
  const config = await discover(ctx, await connectionOf(ctx, organizationId));
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = ctx.now();
  await queries.insertSignInAttempt(ctx.db, organizationId, {
    state_hash: sha256Hex(state),
    nonce,
    code_verifier_sealed: sealVerifier(ctx, verifier),
    redirect_to: localPath(input.redirect),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000).toISOString(),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUriOf(ctx),
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(email?.includes('@') && { login_hint: email }),
  });
  return { authorizationUrl: url.href, state };
}

interface VerifiedClaims {
  subject: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string;
}

function claimsOf(
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
): VerifiedClaims {
  const claims = tokens.claims();
  if (!claims) throw new SsoRefusal('invalid_token');
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const name = text(claims.name).split(/\s+/);
  return {
    subject: claims.sub,
    email: text(claims.email).toLowerCase(),
    emailVerified: claims.email_verified === true,
    firstName: (text(claims.given_name) || name[0] || '').slice(0, 100),
    lastName: (text(claims.family_name) || name.slice(1).join(' ')).slice(0, 100),
  };
}

async function auditRefusal(
  ctx: AppContext,
  organizationId: number,
  code: SsoErrorCode,
  who: string | undefined,
  ip: string,
  detail?: string,
) {
  await inTransaction(ctx.db, (trx) =>
    recordAudit(trx, {
      organizationId,
      type: 'security',
      action: 'sso.sign_in_refused',
      message: `Single sign-on refused ${who ?? 'a sign-in'}: ${code.replaceAll('_', ' ')}`,
      actor: { userId: null, label: who ?? 'Single sign-on' },
      ip,
      metadata: { reason: code, ...(detail && { detail }) },
      at: ctx.now(),
    }),
  );
}

/** The member the verified claims name, made a member on first sign-in when the domain allows it. */
async function memberFor(
  ctx: AppContext,
  trx: Trx,
  organizationId: number,
  claims: VerifiedClaims,
  defaultRole: 'admin' | 'viewer',
  ip: string,
): Promise<number> {
  const now = ctx.now().toISOString();
  const linked = await queries.userOfSubject(trx, organizationId, claims.subject);
  if (linked !== undefined && (await queries.findMemberRole(trx, organizationId, linked)))
    return linked;
  const account = await queries.findAccountByEmail(trx, organizationId, claims.email);
  if (account?.role) {
    // An existing member is linked by a verified email only (checked before).
    if (linked === undefined)
      await queries.linkSubject(trx, organizationId, claims.subject, account.id, now);
    return account.id;
  }
  if (await queries.isDeprovisioned(trx, organizationId, account?.id ?? linked ?? 0))
    throw new SsoRefusal('deactivated');
  // An account of another organization is never joined by this IdP (decision 125).
  if (account || linked !== undefined) throw new SsoRefusal('account_elsewhere');
  const { id } = await members.insertUser(
    trx,
    idpAccount(claims.email, claims.firstName, claims.lastName, now),
  );
  await members.insertMembership(trx, organizationId, id, defaultRole, now);
  await queries.linkSubject(trx, organizationId, claims.subject, id, now);
  const label = `${claims.firstName} ${claims.lastName}`.trim() || claims.email;
  await recordAudit(trx, {
    organizationId,
    type: 'members',
    action: 'sso.member_joined',
    message: `${label} joined through single sign-on as ${defaultRole === 'admin' ? 'Admin' : 'Viewer'}`,
    actor: { userId: id, label },
    ip,
    target: { type: 'user', id },
    metadata: { email: claims.email, role: defaultRole },
    at: ctx.now(),
  });
  return id;
}

/**
 * The IdP's answer: the attempt its state names is used up, the code is redeemed with the
 * PKCE verifier, and openid-client verifies the ID token (signature by the IdP's JWKS, issuer,
 * audience, expiry, nonce). Then the member is found or joins, and a session opens that
 * reaches this organization only.
 */
export async function completeSsoSignIn(
  ctx: AppContext,
  input: SignInInput & { callbackUrl: URL; browserState: string | undefined },
): Promise<{ session: OpenedSession; redirectTo: string }> {
  const state = input.callbackUrl.searchParams.get('state') ?? '';
  if (!state || state !== input.browserState) throw new SsoRefusal('expired');
  const attempt = await queries.takeSignInAttempt(
    ctx.db,
    sha256Hex(state),
    ctx.now().toISOString(),
  );
  if (!attempt) throw new SsoRefusal('expired');
  const organizationId = attempt.organization_id;
  const refuse = async (code: SsoErrorCode, who?: string, detail?: string): Promise<never> => {
    await auditRefusal(ctx, organizationId, code, who, input.ip, detail);
    throw new SsoRefusal(code);
  };
  const connection = await connectionOf(ctx, organizationId);
  if (input.callbackUrl.searchParams.has('error'))
    return refuse(
      'refused_by_idp',
      undefined,
      input.callbackUrl.searchParams.get('error')!.slice(0, 100),
    );
  const config = await discover(ctx, connection);
  let claims: VerifiedClaims;
  try {
    const tokens = await client.authorizationCodeGrant(config, input.callbackUrl, {
      pkceCodeVerifier: openVerifier(ctx, attempt.code_verifier_sealed),
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = claimsOf(tokens);
  } catch (error) {
    if (error instanceof SsoRefusal) throw error;
    const detail = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    return refuse('invalid_token', undefined, String(detail).slice(0, 200));
  }
  if (!claims.email || !claims.emailVerified)
    return refuse('email_unverified', claims.email || undefined);
  const domains = await queries.listDomains(ctx.db, organizationId);
  if (!domains.includes(claims.email.split('@')[1] ?? ''))
    return refuse('domain_not_allowed', claims.email);
  let userId: number;
  try {
    userId = await inTransaction(ctx.db, (trx) =>
      memberFor(ctx, trx, organizationId, claims, connection.defaultRole, input.ip),
    );
  } catch (error) {
    if (error instanceof SsoRefusal) return refuse(error.code, claims.email);
    throw error;
  }
  const session = await openSession(ctx, userId, { ...input, ssoOrganizationId: organizationId });
  return { session, redirectTo: attempt.redirect_to ?? '/' };
}
