import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import type { SmtpCatcher } from '../../support/smtp-catcher.js';
import type { TestApp } from '../../support/test-app.js';
import { withMailCatcher } from '../../support/with-mail-catcher.js';
import { tokenInLink } from './mail-links.js';

const NEW_PASSWORD = 'violet-harbour-lantern-42';

describe.each(await availableDialects())('password change and reset on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  withMailCatcher(dialect, (app, catcher) => {
    t = app;
    smtp = catcher;
  });

  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/portal/auth/login', payload: { email, password } });

  it('changes the password with the current one, signs out every other session and emails the member', async () => {
    const other = await t.signIn(NORTHWIND_ADMIN);
    const client = await t.signIn(NORTHWIND_ADMIN);
    const since = smtp.messages.length;

    const wrong = await client.post('/api/portal/account/password', {
      currentPassword: 'not-it',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'is incorrect' });
    const weak = await client.post('/api/portal/account/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'P@ssw0rd2024!',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({
      code: 'weak_password',
      fields: { newPassword: expect.stringMatching(/breached/) },
    });

    expect(
      (
        await client.post('/api/portal/account/password', {
          currentPassword: DEMO_PASSWORD,
          newPassword: NEW_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
    expect((await client.get('/api/portal/account')).statusCode).toBe(200);
    expect((await other.get('/api/portal/account')).statusCode).toBe(401);
    expect((await login(NORTHWIND_ADMIN, DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login(NORTHWIND_ADMIN, NEW_PASSWORD)).statusCode).toBe(200);

    const mail = await smtp.waitFor(NORTHWIND_ADMIN, since);
    expect(mail.subject).toBe('Your password was changed');
    expect(mail.text).toContain('1 session was signed out');
    const user = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', NORTHWIND_ADMIN)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'metadata'])
      .where('action', '=', 'password.changed')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0].metadata)).toEqual({ sessionsEnded: 1 });
  });

  it('sends the password-changed email even when the member switched that email off', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    await client.request({
      method: 'PATCH',
      url: '/api/portal/account/preferences',
      payload: { notifications: { passwordChanged: { email: false, inPortal: false } } },
    });
    const since = smtp.messages.length;
    await client.post('/api/portal/account/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect((await smtp.waitFor(NORTHWIND_VIEWER, since)).subject).toBe('Your password was changed');
    expect((await client.get('/api/portal/notifications')).json().items).toEqual([]);
  });

  it('answers a reset request the same for unknown addresses and mails a single-use link to known ones', async () => {
    const signedIn = await t.signIn(NORTHWIND_ADMIN);
    const since = smtp.messages.length;
    const unknown = await t.anonymous.post('/api/portal/auth/forgot-password', {
      email: 'nobody@example.com',
    });
    const known = await t.anonymous.post('/api/portal/auth/forgot-password', {
      email: ` ${NORTHWIND_ADMIN.toUpperCase()} `,
    });
    expect(unknown.statusCode).toBe(200);
    expect(known.body).toBe(unknown.body);

    const mail = await smtp.waitFor(NORTHWIND_ADMIN, since);
    expect(smtp.messages.slice(since).map((m) => m.to)).toEqual([[NORTHWIND_ADMIN]]);
    const token = tokenInLink(mail, '/reset-password');
    const stored = await t.ctx.db
      .selectFrom('account_tokens')
      .select('token_hash')
      .where('purpose', '=', 'password_reset')
      .execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    const weak = await t.anonymous.post('/api/portal/auth/reset-password', {
      token,
      password: 'alice.admin-2026',
    });
    expect(weak.json().error.code).toBe('weak_password');
    expect(
      (await t.anonymous.post('/api/portal/auth/reset-password', { token, password: NEW_PASSWORD }))
        .statusCode,
    ).toBe(200);
    expect((await signedIn.get('/api/portal/account')).statusCode).toBe(401);
    expect((await login(NORTHWIND_ADMIN, NEW_PASSWORD)).statusCode).toBe(200);
    const reused = await t.anonymous.post('/api/portal/auth/reset-password', {
      token,
      password: 'another-fine-passphrase',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('invalid_link');
    expect(
      await t.ctx.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'password.reset')
        .execute(),
    ).toHaveLength(2);
  });

  it('lets a reset link expire after an hour', async () => {
    const since = smtp.messages.length;
    await t.anonymous.post('/api/portal/auth/forgot-password', { email: NORTHWIND_VIEWER });
    const token = tokenInLink(await smtp.waitFor(NORTHWIND_VIEWER, since), '/reset-password');
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60_000);
    expect(
      (
        await t.anonymous.post('/api/portal/auth/reset-password', { token, password: NEW_PASSWORD })
      ).json().error.code,
    ).toBe('invalid_link');
  });

  it('limits reset requests per IP with 429 and per address silently', async () => {
    for (let i = 0; i < 3; i++)
      await t.anonymous.post('/api/portal/auth/forgot-password', { email: NORTHWIND_VIEWER });
    const fourth = await t.anonymous.post('/api/portal/auth/forgot-password', {
      email: NORTHWIND_VIEWER,
    });
    expect(fourth.statusCode).toBe(200);
    for (let i = 0; i < 6; i++)
      await t.anonymous.post('/api/portal/auth/forgot-password', { email: `user${i}@example.com` });
    const limited = await t.anonymous.post('/api/portal/auth/forgot-password', {
      email: NORTHWIND_ADMIN,
    });
    expect(limited.statusCode).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tokens = await t.ctx.db
      .selectFrom('account_tokens')
      .select('user_id')
      .where('purpose', '=', 'password_reset')
      .execute();
    expect(tokens).toHaveLength(3);
  });
});
