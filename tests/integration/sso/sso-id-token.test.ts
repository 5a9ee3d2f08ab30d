import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startCraftedIdp,
  newSigningKey,
  signIdToken,
  type CraftedIdp,
} from '../../support/crafted-idp.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf } from '../../support/portal-fixtures.js';
import {
  auditActions,
  callback,
  configureSso,
  cookiesOf,
  startSignIn,
  type StartedSignIn,
} from '../../support/sso-flow.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

/**
 * The callback against an IdP whose token endpoint answers with an ID token the test built:
 * only a token signed by the IdP's published key, for this client, with this attempt's nonce,
 * unexpired, with a verified email of an allowed domain, opens a session.
 */
const NEWCOMER = 'nia.hart@northwind.example';
const seconds = () => Math.floor(Date.now() / 1000);

describe.each(await availableDialects())('SSO ID token checks on %s', (dialect) => {
  let idp: CraftedIdp;
  let t: TestApp;
  let admin: Client;
  let northwind: number;
  beforeAll(async () => {
    idp = await startCraftedIdp();
  });
  afterAll(() => idp.close());
  beforeEach(async () => {
    t = await createTestApp(dialect, {
      env: { SSO_ALLOW_HTTP_ISSUERS: 'true', PUBLIC_URL: 'http://portal.test' },
    });
    admin = await t.signIn(NORTHWIND_ADMIN);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    await configureSso(admin, idp);
  });
  afterEach(() => t.close());

  const claimsFor = (
    started: StartedSignIn,
    email: string,
    change: Record<string, unknown> = {},
  ) => ({
    iss: idp.issuer,
    aud: idp.clientId,
    sub: `sub-${email}`,
    email,
    email_verified: true,
    given_name: 'Nia',
    family_name: 'Hart',
    nonce: started.nonce,
    iat: seconds(),
    exp: seconds() + 300,
    ...change,
  });

  /** Starts a sign-in for `email` and returns the callback's answer to the token the test makes. */
  async function signInWith(
    email: string,
    token: (started: StartedSignIn) => string,
  ): Promise<{ response: Awaited<ReturnType<typeof callback>>; started: StartedSignIn }> {
    // The email typed on the sign-in page names the organization; the IdP may answer for anyone.
    const started = await startSignIn(t, email.endsWith('@northwind.example') ? email : NEWCOMER);
    idp.answerWith(() => token(started));
    const response = await callback(t, `code=the-code&state=${started.state}`, started.stateCookie);
    return { response, started };
  }
  const refusedWith = (
    response: { statusCode: number; headers: Record<string, unknown> },
    code: string,
  ) => {
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/login?sso_error=${code}`);
    expect(String(response.headers['set-cookie'] ?? '')).not.toContain('portal_session=');
  };
  const sessionOf = (response: Awaited<ReturnType<typeof callback>>) =>
    t.app.inject({
      method: 'GET',
      url: '/api/portal/session',
      headers: { cookie: cookiesOf(response) },
    });

  it('signs a new member in with a valid token: joins with the first-sign-in role, session for this organization only', async () => {
    const { response } = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER), idp.key),
    );
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe('/');
    const session = await sessionOf(response);
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json()).toMatchObject({
      user: { email: NEWCOMER, firstName: 'Nia', lastName: 'Hart' },
      role: 'viewer',
      organizations: [{ id: northwind, role: 'viewer' }],
    });
    expect(await auditActions(t.ctx, northwind)).toEqual(
      expect.arrayContaining(['sso.configured', 'sso.member_joined', 'sso.signed_in']),
    );
  });

  it('refuses a token with another nonce (an ID token of an earlier sign-in)', async () => {
    const { response } = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER, { nonce: 'an-earlier-nonce' }), idp.key),
    );
    refusedWith(response, 'invalid_token');
    expect(await auditActions(t.ctx, northwind)).toContain('sso.sign_in_refused');
  });

  it('refuses an expired token', async () => {
    const { response } = await signInWith(NEWCOMER, (s) =>
      signIdToken(
        claimsFor(s, NEWCOMER, { iat: seconds() - 7200, exp: seconds() - 3600 }),
        idp.key,
      ),
    );
    refusedWith(response, 'invalid_token');
  });

  it('refuses a token signed by a key the IdP does not publish', async () => {
    const { response } = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER), newSigningKey()),
    );
    refusedWith(response, 'invalid_token');
  });

  it('refuses a tampered token (claims changed after signing)', async () => {
    const { response } = await signInWith(NEWCOMER, (s) => {
      const [header, , signature] = signIdToken(claimsFor(s, NEWCOMER), idp.key).split('.');
      const forged = Buffer.from(JSON.stringify(claimsFor(s, NORTHWIND_ADMIN))).toString(
        'base64url',
      );
      return `${header}.${forged}.${signature}`;
    });
    refusedWith(response, 'invalid_token');
  });

  it('refuses a token for another client or from another issuer', async () => {
    const other = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER, { aud: 'another-client' }), idp.key),
    );
    refusedWith(other.response, 'invalid_token');
    const foreign = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER, { iss: 'https://evil.example' }), idp.key),
    );
    refusedWith(foreign.response, 'invalid_token');
  });

  it('refuses a replayed callback, and a callback without the browser that started it', async () => {
    const { response, started } = await signInWith(NEWCOMER, (s) =>
      signIdToken(claimsFor(s, NEWCOMER), idp.key),
    );
    expect(response.headers.location).toBe('/');
    const replay = await callback(t, `code=the-code&state=${started.state}`, started.stateCookie);
    refusedWith(replay, 'expired');

    const again = await startSignIn(t, NEWCOMER);
    idp.answerWith(() => signIdToken(claimsFor(again, NEWCOMER), idp.key));
    refusedWith(await callback(t, `code=the-code&state=${again.state}`, ''), 'expired');
  });

  it('refuses a foreign email domain and an unverified email', async () => {
    const foreign = await signInWith('eve@elsewhere.example', (s) =>
      signIdToken(claimsFor(s, 'eve@elsewhere.example'), idp.key),
    );
    refusedWith(foreign.response, 'domain_not_allowed');
    const unverified = await signInWith(NORTHWIND_VIEWER, (s) =>
      signIdToken(claimsFor(s, NORTHWIND_VIEWER, { email_verified: false }), idp.key),
    );
    refusedWith(unverified.response, 'email_unverified');
    const actions = await auditActions(t.ctx, northwind);
    expect(actions.filter((a) => a === 'sso.sign_in_refused')).toHaveLength(2);
  });

  it('links an existing member by verified email and keeps their role', async () => {
    const { response } = await signInWith(NORTHWIND_VIEWER, (s) =>
      signIdToken(claimsFor(s, NORTHWIND_VIEWER), idp.key),
    );
    const session = await sessionOf(response);
    expect(session.json()).toMatchObject({ user: { email: NORTHWIND_VIEWER }, role: 'viewer' });
    expect(await auditActions(t.ctx, northwind)).not.toContain('sso.member_joined');
  });

  it('gives a member of several organizations a session that reaches only this one', async () => {
    const { response } = await signInWith(NORTHWIND_ADMIN, (s) =>
      signIdToken(claimsFor(s, NORTHWIND_ADMIN), idp.key),
    );
    const cookie = cookiesOf(response);
    const session = await sessionOf(response);
    expect(session.json().organizations).toEqual([expect.objectContaining({ id: northwind })]);
    const globex = await organizationIdOf(t.ctx, 'globex-engineering');
    const csrf = session.json().csrfToken as string;
    const switched = await t.app.inject({
      method: 'POST',
      url: '/api/portal/session/organization',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { organizationId: globex },
    });
    expect(switched.statusCode).toBe(404);
  });

  it('never signs in an account of another organization, even for an allowed domain', async () => {
    await configureSso(admin, idp, { domains: ['northwind.example', 'globex.example'] });
    const { response } = await signInWith(GLOBEX_ADMIN, (s) =>
      signIdToken(claimsFor(s, GLOBEX_ADMIN), idp.key),
    );
    refusedWith(response, 'account_elsewhere');
    const globex = await organizationIdOf(t.ctx, 'globex-engineering');
    const member = await t.ctx.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('memberships.organization_id')
      .where('users.email', '=', GLOBEX_ADMIN)
      .execute();
    expect(member.map((m) => m.organization_id)).toEqual([globex]);
  });
});
