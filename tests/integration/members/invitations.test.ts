import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf } from '../../support/portal-fixtures.js';
import {
  invitationTokenIn,
  startSmtpCatcher,
  type SmtpCatcher,
} from '../../support/smtp-catcher.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const DAY = 86_400_000;
const NEWCOMER = 'new.hire@northwind.example';
const GOOD_PASSWORD = 'violet-harbor-lantern-42';

describe.each(await availableDialects())('inviting members on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    t = await createTestApp(dialect, {
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://portal.example.test' },
    });
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterEach(() => t.close());

  /** Invites and returns the token of the link in the mail the SMTP server received. */
  const invite = async (email = NEWCOMER, role = 'viewer', phone?: string) => {
    const seen = smtp.messages.length;
    const response = await admin.post('/api/portal/members/invitations', {
      email,
      role,
      ...(phone ? { phone } : {}),
    });
    expect(response.statusCode, response.body).toBe(201);
    return { response, token: invitationTokenIn(await smtp.waitFor(email.toLowerCase(), seen)) };
  };
  const preview = (token: string) => t.anonymous.get(`/api/portal/invitations/${token}`);
  const acceptAsNew = (
    token: string,
    body: Record<string, string> = { firstName: 'Nia', lastName: 'Hart', password: GOOD_PASSWORD },
  ) => t.anonymous.post(`/api/portal/invitations/${token}/accept`, body);

  it('emails a single-use link to the invitee, and following it creates the account and signs in', async () => {
    const seen = smtp.messages.length;
    const response = await admin.post('/api/portal/members/invitations', {
      email: 'New.Hire@Northwind.example',
      role: 'viewer',
      phone: '+1 415 555 0199',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      emailDelivered: true,
      invitation: {
        email: NEWCOMER,
        role: 'viewer',
        phone: '+1 415 555 0199',
        status: 'pending',
        sendCount: 1,
      },
    });

    const mail = await smtp.waitFor(NEWCOMER, seen);
    expect(mail.subject).toBe('You are invited to Northwind Robotics on the Customer Portal');
    expect(mail.text).toContain(
      'Alice Moreau invited you to join Northwind Robotics on the Customer Portal as Viewer.',
    );
    expect(mail.text).toMatch(/https:\/\/portal\.example\.test\/invite\/[A-Za-z0-9_-]{43}\s/);
    expect(mail.html).toContain(
      `href="https://portal.example.test/invite/${invitationTokenIn(mail)}"`,
    );
    const token = invitationTokenIn(mail);

    expect((await preview(token)).json()).toEqual({
      organizationName: 'Northwind Robotics',
      email: NEWCOMER,
      role: 'viewer',
      expiresAt: new Date(t.clock.now.getTime() + 7 * DAY).toISOString(),
      accountExists: false,
    });
    const accepted = await acceptAsNew(token);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const cookie = accepted.cookies.find((c) => c.name === 'portal_session')!;
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/portal/session',
      headers: { cookie: `portal_session=${cookie.value}` },
    });
    expect(session.json()).toMatchObject({
      user: { email: NEWCOMER, firstName: 'Nia', lastName: 'Hart' },
      organization: { name: 'Northwind Robotics' },
      role: 'viewer',
    });

    expect((await preview(token)).statusCode).toBe(404);
    const again = await acceptAsNew(token);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_unusable');
    const members = (await admin.get('/api/portal/members?scope=email&q=new.hire')).json();
    // The phone number the Admin entered is the new member's (it was lost on acceptance).
    expect(members.items).toMatchObject([
      { email: NEWCOMER, firstName: 'Nia', role: 'viewer', phone: '+1 415 555 0199' },
    ]);
    expect((await admin.get('/api/portal/members/invitations?q=new.hire')).json().items).toEqual(
      [],
    );
  });

  it('records the invitation and its acceptance in the audit log', async () => {
    const { token } = await invite(NEWCOMER, 'admin');
    await acceptAsNew(token);
    const org = await organizationIdOf(t.ctx, 'northwind-robotics');
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'message', 'actor_label', 'ip'])
      .where('organization_id', '=', org)
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(events.reverse()).toEqual([
      {
        action: 'invitation.created',
        message: `Alice Moreau invited ${NEWCOMER} as Admin`,
        actor_label: 'Alice Moreau',
        ip: '127.0.0.1',
      },
      {
        action: 'invitation.accepted',
        message: 'Nia Hart accepted the invitation and joined as Admin',
        actor_label: 'Nia Hart',
        ip: '127.0.0.1',
      },
      {
        action: 'session.signed_in',
        message: 'Nia Hart signed in',
        actor_label: 'Nia Hart',
        ip: '127.0.0.1',
      },
    ]);
  });

  it('stores only the hash of the link token', async () => {
    const { token } = await invite();
    const stored = await t.ctx.db
      .selectFrom('invitations')
      .select('token_hash')
      .where('email', '=', NEWCOMER)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
  });

  it('lets the link expire after seven days', async () => {
    const { token } = await invite();
    t.clock.now = new Date(t.clock.now.getTime() + 7 * DAY + 1000);
    expect((await preview(token)).statusCode).toBe(404);
    expect((await acceptAsNew(token)).statusCode).toBe(404);
    const listed = (await admin.get('/api/portal/members/invitations?q=new.hire')).json();
    expect(listed.items).toMatchObject([{ status: 'expired' }]);
  });

  it('resends with a new link and kills the old one, even after expiry', async () => {
    const { response, token: first } = await invite();
    const id = response.json().invitation.id;
    t.clock.now = new Date(t.clock.now.getTime() + 8 * DAY);
    const seen = smtp.messages.length;
    const resent = await admin.post(`/api/portal/members/invitations/${id}/resend`);
    expect(resent.statusCode).toBe(200);
    expect(resent.json()).toMatchObject({
      emailDelivered: true,
      invitation: { status: 'pending', sendCount: 2 },
    });
    const second = invitationTokenIn(await smtp.waitFor(NEWCOMER, seen));
    expect(second).not.toBe(first);
    expect((await preview(first)).statusCode).toBe(404);
    expect((await preview(second)).statusCode).toBe(200);
    expect((await acceptAsNew(second)).statusCode).toBe(200);
  });

  it('revokes: the link dies and the invitation leaves the list', async () => {
    const { response, token } = await invite();
    const id = response.json().invitation.id;
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/portal/members/invitations/${id}` }))
        .statusCode,
    ).toBe(204);
    expect((await preview(token)).statusCode).toBe(404);
    expect((await acceptAsNew(token)).statusCode).toBe(404);
    expect((await admin.get('/api/portal/members/invitations?q=new.hire')).json().items).toEqual(
      [],
    );
    expect((await admin.post(`/api/portal/members/invitations/${id}/resend`)).statusCode).toBe(404);
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/portal/members/invitations/${id}` }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses to invite a member or an address already invited, and a Viewer altogether', async () => {
    const member = await admin.post('/api/portal/members/invitations', {
      email: NORTHWIND_VIEWER,
      role: 'admin',
    });
    expect(member.statusCode).toBe(409);
    expect(member.json().error.code).toBe('already_member');
    await invite();
    const twice = await admin.post('/api/portal/members/invitations', {
      email: NEWCOMER.toUpperCase(),
      role: 'admin',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_invited');
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    expect(
      (
        await viewer.post('/api/portal/members/invitations', {
          email: 'x@example.com',
          role: 'admin',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('validates email, phone and role with 400 and the field', async () => {
    for (const [body, field] of [
      [{ email: 'not-an-email', role: 'viewer' }, 'email'],
      [{ email: 'a@example.com', role: 'owner' }, 'role'],
      [{ email: 'a@example.com', role: 'viewer', phone: 'call me maybe' }, 'phone'],
      [{ role: 'viewer' }, 'email'],
    ] as const) {
      const response = await admin.post('/api/portal/members/invitations', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(response.json().error.fields), JSON.stringify(body)).toContain(field);
    }
    // Messages a person reads, not the schema's (`must match format "email"`).
    const email = (
      await admin.post('/api/portal/members/invitations', { email: 'not-an-email', role: 'viewer' })
    ).json().error;
    expect(email.fields.email).toBe('must be an email address, like name@example.com');
    expect(email.message).not.toMatch(/format|"email"/);
    const phone = (
      await admin.post('/api/portal/members/invitations', {
        email: 'a@example.com',
        role: 'viewer',
        phone: 'call me',
      })
    ).json().error;
    expect(phone.fields.phone).toMatch(/^must be a phone number/);
  });

  it('asks a new account for a name and a strong password, and keeps the link usable until then', async () => {
    const { token } = await invite();
    const weak = await acceptAsNew(token, {
      firstName: 'Nia',
      lastName: 'Hart',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toHaveProperty('password');
    const control = await acceptAsNew(token, {
      firstName: 'Nia\u0000',
      lastName: 'Hart',
      password: GOOD_PASSWORD,
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().error.fields).toHaveProperty('firstName');
    const nameless = await acceptAsNew(token, { password: GOOD_PASSWORD });
    expect(nameless.statusCode).toBe(400);
    expect(Object.keys(nameless.json().error.fields).sort()).toEqual(['firstName', 'lastName']);
    expect((await preview(token)).statusCode).toBe(200);
  });

  it('lets an existing account accept only from its own session, then switches to the new organization', async () => {
    const gina = 'gina.admin@globex.example';
    const { token } = await invite(gina, 'admin');
    expect((await preview(token)).json()).toMatchObject({ accountExists: true, email: gina });
    const anonymous = await acceptAsNew(token);
    expect(anonymous.statusCode).toBe(401);
    const someoneElse = await t.signIn(NORTHWIND_VIEWER);
    const wrong = await someoneElse.post(`/api/portal/invitations/${token}/accept`, {});
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('wrong_account');

    const ginaClient = await t.signIn(gina);
    expect((await ginaClient.post(`/api/portal/invitations/${token}/accept`, {})).statusCode).toBe(
      200,
    );
    expect((await ginaClient.get('/api/portal/session')).json()).toMatchObject({
      organization: { name: 'Northwind Robotics' },
      role: 'admin',
    });
    expect((await preview(token)).statusCode).toBe(404);
  });

  it("gives an existing account the invitation's phone number only when it has none", async () => {
    const accept = async (email: string, phone: string) => {
      const { token } = await invite(email, 'viewer', phone);
      expect(
        (await (await t.signIn(email)).post(`/api/portal/invitations/${token}/accept`, {}))
          .statusCode,
      ).toBe(200);
      return (await admin.get(`/api/portal/members?scope=email&q=${email}`)).json().items[0].phone;
    };
    expect(await accept('ian.admin@initech.example', '+44 20 7946 0018')).toBe('+44 20 7946 0018');
    expect(await accept('gina.admin@globex.example', '+44 20 7946 0019')).toBe('+39 02 555 0110');
  });

  it('accepts a link once even when two requests race for it', async () => {
    const { token } = await invite();
    const statuses = (await Promise.all([acceptAsNew(token), acceptAsNew(token)]))
      .map((r) => r.statusCode)
      .sort();
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);
    const accounts = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', NEWCOMER)
      .execute();
    expect(accounts).toHaveLength(1);
  });

  it('keeps the invitation and says so when the mail server is down', async () => {
    await smtp.close();
    try {
      const response = await admin.post('/api/portal/members/invitations', {
        email: NEWCOMER,
        role: 'viewer',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        emailDelivered: false,
        invitation: { email: NEWCOMER },
      });
    } finally {
      smtp = await startSmtpCatcher();
    }
  });
});

describe.each(await availableDialects())('mail without SMTP on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('writes the invitation into the outbox folder of the data directory', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const admin = await t.signIn(NORTHWIND_ADMIN);
    expect(
      (
        await admin.post('/api/portal/members/invitations', { email: NEWCOMER, role: 'viewer' })
      ).json().emailDelivered,
    ).toBe(true);
    const outbox = path.join(t.ctx.config.dataDir, 'outbox');
    const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(path.join(outbox, files[0]), 'utf8');
    expect(eml).toContain(`To: ${NEWCOMER}`);
    expect(eml).toContain('Subject: You are invited to Northwind Robotics on the Customer Portal');
    expect(eml).toMatch(/\/invite\//);
  });
});
