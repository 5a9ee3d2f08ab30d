import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { availableDialects } from '../support/databases.js';
import { NORTHWIND_ADMIN } from '../support/demo-users.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe.each(await availableDialects())('sign-in and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email, password },
      headers,
    });

  it('signs in with a hardened session cookie and stores only its hash', async () => {
    const response = await login(NORTHWIND_ADMIN.toUpperCase(), DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'portal_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const stored = await t.ctx.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(cookie.value);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers unknown emails exactly as wrong passwords', async () => {
    const wrong = await login(NORTHWIND_ADMIN, 'not-the-password');
    const unknown = await login('nobody@example.com', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('rotates the session on sign-in and ends it on sign-out', async () => {
    const first = await t.signIn(NORTHWIND_ADMIN);
    const again = await login(NORTHWIND_ADMIN, DEMO_PASSWORD, { cookie: first.cookie! });
    expect(
      `portal_session=${again.cookies.find((c) => c.name === 'portal_session')!.value}`,
    ).not.toBe(first.cookie);
    expect((await first.get('/api/portal/session')).statusCode).toBe(401);

    const second = await t.signIn(NORTHWIND_ADMIN);
    expect((await second.post('/api/portal/auth/logout')).statusCode).toBe(200);
    expect((await second.get('/api/portal/dashboard')).statusCode).toBe(401);
  });

  it('rate-limits failed sign-ins per account with a clear message', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(NORTHWIND_ADMIN, 'wrong')).statusCode).toBe(401);
    const limited = await login(NORTHWIND_ADMIN, DEMO_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json().error.message).toMatch(/Too many sign-in attempts/);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await login(NORTHWIND_ADMIN, DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits failed sign-ins per IP across accounts', async () => {
    for (let i = 0; i < 30; i++) await login(`user${i}@example.com`, 'wrong');
    expect((await login(NORTHWIND_ADMIN, DEMO_PASSWORD)).statusCode).toBe(429);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const response = await client.request({
      method: 'POST',
      url: '/api/portal/auth/logout',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });

  it('refuses form-encoded and text bodies and reports invalid input as 400 with fields', async () => {
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: 'email=a',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email: NORTHWIND_ADMIN },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { password: 'is required' },
    });
  });

  it('switches between the organizations a user belongs to, and only those', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const session = (await client.get('/api/portal/session')).json();
    expect(session.organization.name).toBe('Northwind Robotics');
    expect(session.organizations.map((o: { name: string }) => o.name)).toEqual([
      'Globex Engineering',
      'Northwind Robotics',
    ]);
    const globex = session.organizations.find(
      (o: { name: string }) => o.name === 'Globex Engineering',
    );
    expect(
      (await client.post('/api/portal/session/organization', { organizationId: globex.id }))
        .statusCode,
    ).toBe(200);
    const switched = (await client.get('/api/portal/session')).json();
    expect(switched).toMatchObject({
      organization: { name: 'Globex Engineering' },
      role: 'viewer',
    });
    const initech = await t.ctx.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'initech-labs')
      .executeTakeFirstOrThrow();
    expect(
      (await client.post('/api/portal/session/organization', { organizationId: initech.id }))
        .statusCode,
    ).toBe(404);
  });

  it('serves health and the OpenAPI document', async () => {
    expect((await t.anonymous.get('/api/health')).json()).toEqual({
      status: 'ok',
      database: dialect,
    });
    const docs = await t.anonymous.get('/api/docs/json');
    expect(docs.statusCode).toBe(200);
    expect(docs.json().paths['/api/portal/dashboard']).toBeDefined();
  });
});
