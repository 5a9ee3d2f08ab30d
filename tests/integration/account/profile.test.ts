import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import type { SmtpCatcher } from '../../support/smtp-catcher.js';
import type { TestApp } from '../../support/test-app.js';
import { withMailCatcher } from '../../support/with-mail-catcher.js';
import { tokenInLink } from './mail-links.js';

describe.each(await availableDialects())('profile, email change and settings on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  withMailCatcher(dialect, (app, catcher) => {
    t = app;
    smtp = catcher;
  });

  const patch = (client: Awaited<ReturnType<TestApp['signIn']>>, url: string, payload: object) =>
    client.request({ method: 'PATCH', url, payload });
  const audit = (action: string) =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['message', 'type', 'metadata'])
      .where('action', '=', action)
      .execute();

  it('updates name and phone, audits what changed and writes nothing when nothing did', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const updated = await patch(client, '/api/portal/account/profile', {
      firstName: ' Alicia ',
      phone: '',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      firstName: 'Alicia',
      lastName: 'Moreau',
      phone: null,
      email: NORTHWIND_ADMIN,
    });
    expect((await client.get('/api/portal/session')).json().user.firstName).toBe('Alicia');
    const events = await audit('profile.updated');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'settings',
      message: 'Alice Moreau updated their profile (first name, phone)',
    });

    await patch(client, '/api/portal/account/profile', { firstName: 'Alicia' });
    expect(await audit('profile.updated')).toHaveLength(2);
  });

  it('refuses an empty name, a bad phone and unknown fields with 400 and the fields, changing nothing', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    const bad = await patch(client, '/api/portal/account/profile', {
      firstName: '  ',
      phone: 'call me',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['firstName', 'phone']);
    expect(
      (await patch(client, '/api/portal/account/profile', { email: 'x@example.com' })).statusCode,
    ).toBe(400);
    expect((await client.get('/api/portal/account')).json()).toMatchObject({
      firstName: 'Victor',
      phone: '+1 415 555 0102',
    });
  });

  it('changes the email only when the link sent to the new address is opened, and tells the old one', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    const since = smtp.messages.length;
    const wrong = await client.post('/api/portal/account/email', {
      newEmail: 'victor@new.example',
      password: 'wrong',
    });
    expect(wrong.json().error.fields).toEqual({ password: 'is incorrect' });
    expect(
      (
        await client.post('/api/portal/account/email', {
          newEmail: 'not-an-email',
          password: DEMO_PASSWORD,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await client.post('/api/portal/account/email', {
          newEmail: 'Victor@New.example',
          password: DEMO_PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
    expect((await client.get('/api/portal/account')).json()).toMatchObject({
      email: NORTHWIND_VIEWER,
      pendingEmail: 'victor@new.example',
    });

    const token = tokenInLink(await smtp.waitFor('victor@new.example', since), '/confirm-email');
    const opened = smtp.messages.length;
    expect(
      (await t.anonymous.post('/api/portal/account/email/confirm', { token })).statusCode,
    ).toBe(200);
    expect((await client.get('/api/portal/account')).json()).toMatchObject({
      email: 'victor@new.example',
      pendingEmail: null,
    });
    expect((await smtp.waitFor(NORTHWIND_VIEWER, opened)).subject).toBe(
      'Your Customer Portal email address was changed',
    );
    expect(
      (await t.anonymous.post('/api/portal/account/email/confirm', { token })).json().error.code,
    ).toBe('invalid_link');
    expect((await t.signIn('victor@new.example')).cookie).toBeDefined();
    expect(await audit('email.changed')).toEqual([expect.objectContaining({ type: 'security' })]);
  });

  it('sends no link to an address another account uses, and answers the same', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    const since = smtp.messages.length;
    const taken = await client.post('/api/portal/account/email', {
      newEmail: NORTHWIND_ADMIN,
      password: DEMO_PASSWORD,
    });
    expect(taken.json()).toEqual({ ok: true });
    await client.post('/api/portal/account/email', {
      newEmail: 'victor@free.example',
      password: DEMO_PASSWORD,
    });
    await smtp.waitFor('victor@free.example', since);
    expect(smtp.messages.slice(since).flatMap((m) => m.to)).toEqual(['victor@free.example']);
  });

  it('refuses a confirmation when the address was taken meanwhile, and an expired link', async () => {
    const client = await t.signIn(NORTHWIND_VIEWER);
    const since = smtp.messages.length;
    await client.post('/api/portal/account/email', {
      newEmail: 'shared@new.example',
      password: DEMO_PASSWORD,
    });
    const token = tokenInLink(await smtp.waitFor('shared@new.example', since), '/confirm-email');
    await t.ctx.db
      .updateTable('users')
      .set({ email: 'shared@new.example' })
      .where('email', '=', NORTHWIND_ADMIN)
      .execute();
    const clash = await t.anonymous.post('/api/portal/account/email/confirm', { token });
    expect(clash.statusCode).toBe(409);
    expect((await client.get('/api/portal/account')).json().email).toBe(NORTHWIND_VIEWER);

    await client.post('/api/portal/account/email', {
      newEmail: 'later@new.example',
      password: DEMO_PASSWORD,
    });
    const late = tokenInLink(await smtp.waitFor('later@new.example', since), '/confirm-email');
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 3_600_000);
    expect(
      (await t.anonymous.post('/api/portal/account/email/confirm', { token: late })).json().error
        .code,
    ).toBe('invalid_link');
  });

  it('saves display and notification settings, validating the time zone', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const saved = await patch(client, '/api/portal/account/preferences', {
      timezone: 'America/New_York',
      theme: 'dark',
      density: 'compact',
      notifications: { licenseExpiring15: { email: false } },
    });
    expect(saved.statusCode).toBe(200);
    const { preferences } = (await client.get('/api/portal/session')).json().user;
    expect(preferences).toMatchObject({
      timezone: 'America/New_York',
      theme: 'dark',
      density: 'compact',
      dateDisplay: 'absolute',
    });
    expect(preferences.notifications.licenseExpiring15).toEqual({ email: false, inPortal: true });
    expect(preferences.notifications.licenseExpiring30).toEqual({ email: true, inPortal: true });
    expect(
      (await patch(client, '/api/portal/account/preferences', { timezone: 'UTC' })).statusCode,
    ).toBe(200);

    const unknownZone = await patch(client, '/api/portal/account/preferences', {
      timezone: 'Mars/Olympus_Mons',
    });
    expect(unknownZone.statusCode).toBe(400);
    expect(unknownZone.json().error.fields).toEqual({ timezone: 'is not a known time zone' });
    expect(
      (await patch(client, '/api/portal/account/preferences', { theme: 'neon' })).statusCode,
    ).toBe(400);
    expect(
      (
        await patch(client, '/api/portal/account/preferences', {
          notifications: { coffee: { email: true } },
        })
      ).statusCode,
    ).toBe(400);

    const events = await audit('preferences.updated');
    expect(events).toHaveLength(4);
    expect(JSON.parse(events[0].metadata).changed).toEqual([
      'timezone',
      'theme',
      'density',
      'notifications.licenseExpiring15.email',
    ]);
  });
});
