import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf } from '../../support/portal-fixtures.js';
import { auditActions, configureSso } from '../../support/sso-flow.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { startTestIdp, type TestIdp } from '../../support/test-idp.js';

const PUBLIC_URL = 'http://portal.test';

describe.each(await availableDialects())('SSO settings on %s', (dialect) => {
  let idp: TestIdp;
  let t: TestApp;
  let admin: Client;
  let northwind: number;
  beforeAll(async () => {
    idp = await startTestIdp({ redirectUris: [`${PUBLIC_URL}/sso/callback`] });
  });
  afterAll(() => idp.close());
  beforeEach(async () => {
    t = await createTestApp(dialect, {
      env: { SSO_ALLOW_HTTP_ISSUERS: 'true', PUBLIC_URL },
    });
    admin = await t.signIn(NORTHWIND_ADMIN);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
  });
  afterEach(() => t.close());

  const testConnection = async (input: Record<string, string>) => {
    const response = await admin.post('/api/portal/sso/test', input);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      ok: boolean;
      steps: { step: string; ok: boolean; message: string }[];
    };
  };

  it('tests a connection against a real OpenID provider and explains each failure', async () => {
    const good = { issuerUrl: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret };
    const passed = await testConnection(good);
    expect(passed.ok, JSON.stringify(passed)).toBe(true);

    const wrongIssuer = await testConnection({ ...good, issuerUrl: `${idp.issuer}/tenant-x` });
    expect(wrongIssuer.steps[0]).toMatchObject({ step: 'discovery', ok: false });
    expect(wrongIssuer.steps[0]!.message).toMatch(/issuer URL is wrong/);

    const wrongSecret = await testConnection({ ...good, clientSecret: 'not-the-secret' });
    expect(wrongSecret.steps.map((s) => s.ok)).toEqual([true, true, false]);
    expect(wrongSecret.steps[2]!.message).toMatch(/secret is wrong/);

    const unknownClient = await testConnection({ ...good, clientId: 'no-such-client' });
    expect(unknownClient.steps[1]).toMatchObject({ step: 'authorization', ok: false });
    expect(unknownClient.steps[1]!.message).toMatch(/redirect URI/);
  });

  it('says when the redirect URI is not registered at the IdP', async () => {
    const other = await startTestIdp({ redirectUris: ['https://somewhere.else/callback'] });
    try {
      const result = await testConnection({
        issuerUrl: other.issuer,
        clientId: other.clientId,
        clientSecret: other.clientSecret,
      });
      expect(result.steps[1]!.ok).toBe(false);
      expect(result.steps[1]!.message).toContain(`${PUBLIC_URL}/sso/callback is not registered`);
    } finally {
      await other.close();
    }
  });

  it('stores the secret encrypted, never sends it back, and audits each change', async () => {
    await configureSso(admin, idp);
    const stored = await t.ctx.db
      .selectFrom('sso_connections')
      .select('client_secret_sealed')
      .executeTakeFirstOrThrow();
    expect(stored.client_secret_sealed).not.toContain(idp.clientSecret);
    const shown = await admin.get('/api/portal/sso');
    expect(shown.body).not.toContain(idp.clientSecret);
    expect(shown.json()).toMatchObject({
      configured: true,
      hasClientSecret: true,
      allowedDomains: ['northwind.example'],
      signInUrl: `${PUBLIC_URL}/sso/northwind-robotics`,
      redirectUri: `${PUBLIC_URL}/sso/callback`,
    });
    // Without a secret, the stored one stays; the test uses it too.
    const kept = await admin.request({
      method: 'PUT',
      url: '/api/portal/sso',
      payload: {
        issuerUrl: idp.issuer,
        clientId: idp.clientId,
        allowedDomains: ['Northwind.example', '@robotics.example'],
        defaultRole: 'admin',
        ssoRequired: false,
      },
    });
    expect(kept.json()).toMatchObject({
      allowedDomains: ['northwind.example', 'robotics.example'],
      defaultRole: 'admin',
    });
    expect((await testConnection({ issuerUrl: idp.issuer, clientId: idp.clientId })).ok).toBe(true);
    expect(await auditActions(t.ctx, northwind)).toEqual(
      expect.arrayContaining(['sso.configured', 'sso.settings_changed']),
    );
  });

  it('refuses bad input with 4xx and changes nothing', async () => {
    const put = (payload: Record<string, unknown>) =>
      admin.request({ method: 'PUT', url: '/api/portal/sso', payload });
    const valid = {
      issuerUrl: idp.issuer,
      clientId: idp.clientId,
      clientSecret: 's',
      allowedDomains: ['northwind.example'],
      defaultRole: 'viewer',
      ssoRequired: false,
    };
    expect((await put({ ...valid, allowedDomains: ['not a domain'] })).statusCode).toBe(400);
    expect((await put({ ...valid, issuerUrl: 'ftp://x' })).statusCode).toBe(400);
    expect((await put({ ...valid, defaultRole: 'owner' })).statusCode).toBe(400);
    const { clientSecret: _omitted, ...withoutSecret } = valid;
    expect((await put(withoutSecret)).statusCode).toBe(400);
    expect((await admin.get('/api/portal/sso')).json().configured).toBe(false);

    // A domain another organization signs in is refused.
    await configureSso(admin, idp);
    const gina = await t.signIn(GLOBEX_ADMIN);
    const taken = await gina.request({ method: 'PUT', url: '/api/portal/sso', payload: valid });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('domain_taken');
  });

  it('lets a Viewer see how the organization signs in, never change it', async () => {
    await configureSso(admin, idp);
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const seen = await viewer.get('/api/portal/sso');
    expect(seen.statusCode).toBe(200);
    expect(seen.body).not.toContain(idp.clientSecret);
    const change = await viewer.request({ method: 'DELETE', url: '/api/portal/sso' });
    expect(change.statusCode).toBe(403);
    expect((await viewer.get('/api/portal/scim/tokens')).statusCode).toBe(403);
  });

  it('with SSO required, refuses a member’s password and keeps an Admin’s, audited as recovery', async () => {
    await configureSso(admin, idp, { ssoRequired: true });
    const viewer = await t.anonymous.post('/api/portal/auth/login', {
      email: NORTHWIND_VIEWER,
      password: DEMO_PASSWORD,
    });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().error).toMatchObject({ code: 'sso_required' });
    expect(viewer.json().error.message).toMatch(/Northwind Robotics requires single sign-on/);
    // A wrong password says nothing about SSO.
    const guess = await t.anonymous.post('/api/portal/auth/login', {
      email: NORTHWIND_VIEWER,
      password: 'wrong-password',
    });
    expect(guess.statusCode).toBe(401);

    const recovery = await t.signIn(NORTHWIND_ADMIN);
    expect((await recovery.get('/api/portal/session')).json().organization.id).toBe(northwind);
    const actions = await auditActions(t.ctx, northwind);
    expect(actions).toContain('sso.password_refused');
    expect(actions).toContain('sso.recovery_sign_in');

    // Turning SSO off lets passwords in again.
    await admin.request({ method: 'DELETE', url: '/api/portal/sso' });
    const back = await t.anonymous.post('/api/portal/auth/login', {
      email: NORTHWIND_VIEWER,
      password: DEMO_PASSWORD,
    });
    expect(back.statusCode).toBe(200);
  });
});
