import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import type { SmtpCatcher } from '../../support/smtp-catcher.js';
import type { TestApp } from '../../support/test-app.js';
import { withMailCatcher } from '../../support/with-mail-catcher.js';

const FIREFOX_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0';

describe.each(await availableDialects())('sessions and sign-in alerts on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  withMailCatcher(dialect, (app, catcher) => {
    t = app;
    smtp = catcher;
  });

  const signInFrom = (email: string, userAgent: string, ip = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email, password: DEMO_PASSWORD },
      headers: { 'user-agent': userAgent },
      remoteAddress: ip,
    });

  it('lists the active sessions with device, address and the current one marked', async () => {
    await signInFrom(NORTHWIND_ADMIN, FIREFOX_MAC, '203.0.113.9');
    const client = await t.signIn(NORTHWIND_ADMIN);
    const { sessions } = (await client.get('/api/portal/account/sessions')).json();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(sessions).toContainEqual(
      expect.objectContaining({ device: 'Firefox on macOS', ip: '203.0.113.9', current: false }),
    );
    expect(Object.keys(sessions[0]).sort()).toEqual([
      'createdAt',
      'current',
      'device',
      'id',
      'ip',
      'lastSeenAt',
    ]);
  });

  it('signs out one other session, not the current one nor another member’s', async () => {
    const other = await t.signIn(NORTHWIND_ADMIN);
    const client = await t.signIn(NORTHWIND_ADMIN);
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const { sessions } = (await client.get('/api/portal/account/sessions')).json();
    const current = sessions.find((s: { current: boolean }) => s.current);
    const target = sessions.find((s: { current: boolean }) => !s.current);

    expect(
      (await viewer.request({ method: 'DELETE', url: `/api/portal/account/sessions/${target.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await client.request({
          method: 'DELETE',
          url: `/api/portal/account/sessions/${current.id}`,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await client.request({ method: 'DELETE', url: `/api/portal/account/sessions/${target.id}` }))
        .statusCode,
    ).toBe(200);
    expect((await other.get('/api/portal/account')).statusCode).toBe(401);
    expect((await client.get('/api/portal/account')).statusCode).toBe(200);
    expect(
      await t.ctx.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'session.revoked')
        .execute(),
    ).toHaveLength(2);
  });

  it('signs out every other session at once', async () => {
    const others = [await t.signIn(NORTHWIND_ADMIN), await t.signIn(NORTHWIND_ADMIN)];
    const client = await t.signIn(NORTHWIND_ADMIN);
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    expect((await client.post('/api/portal/account/sessions/revoke-others')).json()).toEqual({
      ended: 2,
    });
    for (const other of others)
      expect((await other.get('/api/portal/account')).statusCode).toBe(401);
    expect((await client.get('/api/portal/account')).statusCode).toBe(200);
    expect((await viewer.get('/api/portal/account')).statusCode).toBe(200);
    expect((await client.post('/api/portal/account/sessions/revoke-others')).json()).toEqual({
      ended: 0,
    });
  });

  it('alerts by email and in the portal when a known account signs in from a new device', async () => {
    await signInFrom(NORTHWIND_ADMIN, FIREFOX_MAC);
    const since = smtp.messages.length;
    await signInFrom(NORTHWIND_ADMIN, FIREFOX_MAC);
    const client = await t.signIn(NORTHWIND_ADMIN);
    const mail = await smtp.waitFor(NORTHWIND_ADMIN, since);
    expect(mail.subject).toBe('New sign-in to your account');
    // Alice's time zone in the seed is Europe/Berlin: 12:00 UTC is 14:00 there.
    expect(mail.text).toContain('15 Jun 2026, 14:00:00 (Europe/Berlin)');
    expect(smtp.messages.slice(since)).toHaveLength(1);
    const { items, unreadCount } = (await client.get('/api/portal/notifications')).json();
    expect(unreadCount).toBe(1);
    expect(items[0]).toMatchObject({
      topic: 'newSignIn',
      title: 'New sign-in to your account',
      organizationName: null,
      read: false,
    });
  });

  it('respects the sign-in alert settings per channel', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    await client.request({
      method: 'PATCH',
      url: '/api/portal/account/preferences',
      payload: { notifications: { newSignIn: { email: false } } },
    });
    const since = smtp.messages.length;
    await signInFrom(NORTHWIND_VIEWER, FIREFOX_MAC);
    expect((await client.get('/api/portal/notifications')).json().unreadCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.slice(since)).toEqual([]);
  });
});
