import { describe, expect, it } from 'vitest';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import {
  invitationTokenIn,
  type CaughtMail,
  type SmtpCatcher,
} from '../../support/smtp-catcher.js';
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-data.js';
import type { Client, TestApp } from '../../support/test-app.js';
import { withMailCatcher } from '../../support/with-mail-catcher.js';

/** A header of a caught mail, unfolded; undefined when the mail has none. */
function headerOf(mail: CaughtMail, name: string): string | undefined {
  const head = mail.raw.slice(0, mail.raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
  const line = head
    .split(/\r?\n/)
    .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

const unsubscribeUrlOf = (mail: CaughtMail) => {
  const value = headerOf(mail, 'List-Unsubscribe');
  const url = /^<([^>]+)>$/.exec(value ?? '')?.[1];
  if (!url) throw new Error(`No List-Unsubscribe in "${mail.subject}"`);
  return new URL(url);
};

describe.each(await availableDialects())('mails in the member’s language on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  withMailCatcher(dialect, (app, catcher) => {
    t = app;
    smtp = catcher;
  });

  const setLanguage = (client: Client, language: string) =>
    client.request({
      method: 'PATCH',
      url: '/api/portal/account/preferences',
      payload: { language },
    });
  const preferencesOf = async (email: string) =>
    JSON.parse(
      (
        await t.ctx.db
          .selectFrom('users')
          .select('preferences')
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      ).preferences,
    );
  const unsubscribeEvents = () =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['message', 'metadata', 'actor_label'])
      .where('action', '=', 'preferences.unsubscribed')
      .execute();
  const forgotPassword = (email: string) =>
    t.anonymous.post('/api/portal/auth/forgot-password', { email });

  it('gives notification mails List-Unsubscribe with one-click, transactional ones neither; both a text part', async () => {
    const since = smtp.messages.length;
    await runNotificationJob(t.ctx);
    const notices = smtp.messages.slice(since);
    expect(notices.length).toBeGreaterThan(0);
    for (const mail of notices) {
      expect(headerOf(mail, 'List-Unsubscribe'), mail.subject).toMatch(
        /^<https?:\/\/[^>]+\/unsubscribe\?token=[\w.-]+>$/,
      );
      expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.text).toContain('Notification settings: ');
      expect(mail.html).toContain('/settings"');
    }

    const before = smtp.messages.length;
    await forgotPassword(NORTHWIND_VIEWER);
    const reset = await smtp.waitFor(NORTHWIND_VIEWER, before);
    expect(reset.subject).toBe('Reset your Customer Portal password');
    expect(headerOf(reset, 'List-Unsubscribe')).toBeUndefined();
    expect(headerOf(reset, 'List-Unsubscribe-Post')).toBeUndefined();
    expect(reset.text).toMatch(/Choose a new password:\r?\n\S+\/reset-password\?token=/);
    expect(reset.html).toContain('lang="en"');
  });

  it('writes to a German member in German, and to a browser that asked for German', async () => {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    expect((await setLanguage(admin, 'de')).statusCode).toBe(200);
    const since = smtp.messages.length;
    await runNotificationJob(t.ctx);
    const beacon = smtp.messages
      .slice(since)
      .find((m) => m.to.includes(NORTHWIND_ADMIN) && m.subject.includes('Beacon'))!;
    expect(beacon.subject).toBe('Die Lizenz für Beacon Analytics Cloud läuft in 12 Tagen ab');
    // German medium date, in Alice's zone (Europe/Berlin).
    expect(beacon.text).toContain('läuft in 12 Tagen ab (27.06.2026)');
    expect(beacon.text).toContain('Benachrichtigungseinstellungen: ');
    expect(beacon.html).toContain('lang="de"');
    expect(beacon.html).toContain('Diese E-Mails abbestellen');
    // Everyone else kept English.
    expect(
      smtp.messages.slice(since).find((m) => m.to.includes(NORTHWIND_VIEWER))!.subject,
    ).toMatch(/license expires in \d+ days$/);

    // Victor's language is "browser": his browser asks for German at sign-in.
    await t.app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email: NORTHWIND_VIEWER, password: DEMO_PASSWORD },
      headers: { 'accept-language': 'de-CH, fr;q=0.8, en;q=0.5' },
    });
    expect((await preferencesOf(NORTHWIND_VIEWER)).browserLanguage).toBe('de');
    const before = smtp.messages.length;
    await forgotPassword(NORTHWIND_VIEWER);
    const reset = await smtp.waitFor(NORTHWIND_VIEWER, before);
    expect(reset.subject).toBe('Passwort für das Kundenportal zurücksetzen');
    expect(reset.text).toContain('läuft in 60 Minuten ab');
  });

  it('invites in the inviter’s language when the address has no account', async () => {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    await setLanguage(admin, 'fr');
    const since = smtp.messages.length;
    const response = await admin.post('/api/portal/members/invitations', {
      email: 'nouvelle@example.test',
      role: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(201);
    const mail = await smtp.waitFor('nouvelle@example.test', since);
    expect(mail.subject).toBe('Invitation à rejoindre Northwind Robotics sur le portail client');
    expect(mail.text).toContain('en tant que Lecteur.');
    expect(headerOf(mail, 'List-Unsubscribe')).toBeUndefined();

    // Accepting from a Japanese browser: the new account's mails follow that browser.
    const accepted = await t.anonymous.request({
      method: 'POST',
      url: `/api/portal/invitations/${invitationTokenIn(mail)}/accept`,
      payload: { firstName: 'Nia', lastName: 'Hart', password: 'violet-harbor-lantern-42' },
      headers: { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.8' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await preferencesOf('nouvelle@example.test')).toEqual({ browserLanguage: 'ja' });
  });

  it('writes CSV headers in the member’s language, or in the one the browser asks for', async () => {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const firstLine = async (url: string, headers: Record<string, string> = {}) => {
      const response = await admin.request({ method: 'GET', url, headers });
      expect(response.statusCode, response.body).toBe(200);
      return response.body.replace(/^\ufeff/, '').split('\r\n')[0];
    };
    expect(await firstLine('/api/portal/audit-events/export.csv')).toMatch(/^Date & Time \(/);
    expect(
      await firstLine('/api/portal/activations/export.csv', { 'accept-language': 'fr-FR' }),
    ).toMatch(/^Date d’activation \(UTC\),/);
    await setLanguage(admin, 'ja');
    expect(
      await firstLine('/api/portal/audit-events/export.csv', { 'accept-language': 'fr-FR' }),
    ).toMatch(/^日時 \(Europe\/Berlin\),メッセージ,種類,/);
    await setLanguage(admin, 'de');
    expect(await firstLine('/api/portal/activations/export.csv')).toContain(
      'Aktivierungsdatum (UTC),Aktivierungsdatum (Europe/Berlin),Produktname',
    );
  });

  it('unsubscribes one topic with one click, audited once; GET only asks', async () => {
    const since = smtp.messages.length;
    await runNotificationJob(t.ctx);
    const mail = smtp.messages
      .slice(since)
      .find((m) => m.to.includes(NORTHWIND_VIEWER) && m.subject.startsWith('Beacon'))!;
    const url = unsubscribeUrlOf(mail);
    const path = `${url.pathname}${url.search}`;
    const topic = url.searchParams.get('token')!.split('.')[1];
    expect(topic).toBe('licenseExpiring15');

    const page = await t.anonymous.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(
      `Stop emails about “Licenses 15 days before expiry” to ${NORTHWIND_VIEWER}?`,
    );
    expect(page.body).toContain('<form method="post"');
    expect((await preferencesOf(NORTHWIND_VIEWER)).notifications?.[topic]?.email).not.toBe(false);
    expect(await unsubscribeEvents()).toHaveLength(0);

    const oneClick = () =>
      t.app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const done = await oneClick();
    expect(done.statusCode, done.body).toBe(200);
    expect(done.body).toContain('no longer receives emails about “Licenses 15 days before expiry”');
    const after = await preferencesOf(NORTHWIND_VIEWER);
    expect(after.notifications[topic]).toEqual({ email: false, inPortal: true });
    expect(after.notifications.licenseExpiring30.email).toBe(true);
    const events = await unsubscribeEvents();
    // One event per organization of the member (Victor is in one).
    expect(events).toHaveLength(1);
    expect(events[0].message).toContain(
      'unsubscribed from emails about "Licenses 15 days before expiry"',
    );
    expect(JSON.parse(events[0].metadata!).changed).toEqual([`notifications.${topic}.email`]);

    // Again: the same answer, nothing more to change or audit.
    expect((await oneClick()).statusCode).toBe(200);
    expect(await unsubscribeEvents()).toHaveLength(1);
  });

  it('refuses a forged or altered link with 400 and changes nothing', async () => {
    const since = smtp.messages.length;
    await runNotificationJob(t.ctx);
    const mail = smtp.messages.slice(since).find((m) => m.to.includes(NORTHWIND_VIEWER))!;
    const token = unsubscribeUrlOf(mail).searchParams.get('token')!;
    const [userId, topic, signature] = token.split('.');
    // Another account's id under this signature.
    const adminId = Number(userId) === 1 ? 2 : 1;
    const forged = [
      `${adminId}.${topic}.${signature}`,
      `${userId}.newRelease.${signature}`,
      `${userId}.${topic}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `${userId}.${topic}`,
      'garbage',
      '',
    ];
    const before = {
      viewer: await preferencesOf(NORTHWIND_VIEWER),
      admin: await preferencesOf(NORTHWIND_ADMIN),
    };
    for (const bad of forged) {
      const url = `/unsubscribe?token=${encodeURIComponent(bad)}`;
      const post = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
      expect(post.statusCode, bad).toBe(400);
      expect(post.body).toContain('This unsubscribe link is not valid.');
      expect((await t.anonymous.get(url)).statusCode, bad).toBe(400);
    }
    expect((await t.anonymous.get('/unsubscribe')).statusCode).toBe(400);
    expect(await preferencesOf(NORTHWIND_VIEWER)).toEqual(before.viewer);
    expect(await preferencesOf(NORTHWIND_ADMIN)).toEqual(before.admin);
    expect(await unsubscribeEvents()).toHaveLength(0);
  });
});
