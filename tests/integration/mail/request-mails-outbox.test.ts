import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAIL_MESSAGE_PURPOSE, SecretBox } from '../../../src/server/crypto/secret-box.js';
import { inTransaction } from '../../../src/server/db/transaction.js';
import { sendDueMails } from '../../../src/server/jobs/mail-outbox.js';
import { KICK_GRACE_MS, queueMail } from '../../../src/server/mail/mail-queue.js';
import { tokenInLink } from '../account/mail-links.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import { freePort } from '../../support/server-processes.js';
import {
  invitationTokenIn,
  startSmtpCatcher,
  type SmtpCatcher,
} from '../../support/smtp-catcher.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';

const NEWCOMER = 'outbox.newcomer@northwind.example';
const minutesAfterStart = (minutes: number) => new Date(TEST_NOW.getTime() + minutes * 60_000);

// Request mails (decision 140): queued in the change's transaction, sent right after the commit,
// retried with backoff when the mail server is down, sealed at rest, dropped once sent.
describe.each(await availableDialects())('request mails through the outbox on %s', (dialect) => {
  let t: TestApp;
  let port: number;
  let smtp: SmtpCatcher | undefined;
  beforeEach(async () => {
    // The mail server is down: nothing listens on this port until a test starts the catcher on it.
    port = await freePort();
    t = await createTestApp(dialect, { env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
  });
  afterEach(async () => {
    await t.close();
    await smtp?.close();
    smtp = undefined;
  });

  /** The deliveries to these addresses (signing in may also mail the member a new-device alert). */
  const deliveries = async (...recipients: string[]) =>
    (await t.ctx.db.selectFrom('mail_deliveries').selectAll().orderBy('id').execute()).filter(
      (d) => recipients.length === 0 || recipients.includes(d.recipient),
    );
  const to = (address: string) => (smtp?.messages ?? []).filter((m) => m.to.includes(address));
  /** The password reset request answers first and queues its mail after: wait for its first attempt. */
  const firstAttemptOf = async (address: string) => {
    for (let i = 0; i < 100; i++) {
      const row = (await deliveries()).find((d) => d.recipient === address && d.attempts > 0);
      if (row) return row;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No attempt at a mail to ${address}`);
  };

  it('answers a reset request while SMTP is down, then delivers its mail once when SMTP is back', async () => {
    const answer = await t.anonymous.post('/api/portal/auth/forgot-password', {
      email: NORTHWIND_ADMIN,
    });
    expect(answer.statusCode).toBe(200);
    const failed = await firstAttemptOf(NORTHWIND_ADMIN);
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      next_attempt_at: minutesAfterStart(1).toISOString(),
      sent_at: null,
    });
    expect(failed.last_error).toMatch(/ECONNREFUSED/);

    smtp = await startSmtpCatcher({ port });
    await sendDueMails(t.ctx); // not due before its retry time
    expect(to(NORTHWIND_ADMIN)).toHaveLength(0);
    t.clock.now = minutesAfterStart(1);
    expect(await sendDueMails(t.ctx)).toBe(1);
    const mail = await smtp.waitFor(NORTHWIND_ADMIN);
    const token = tokenInLink(mail, '/reset-password');

    // While it waited, neither its token nor its link was readable in the database.
    expect(JSON.stringify(failed)).not.toContain(token);
    expect(JSON.stringify(failed)).not.toContain('reset-password');
    const [sent] = await deliveries();
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 2,
      next_attempt_at: null,
      last_error: null,
      sent_at: minutesAfterStart(1).toISOString(),
      sealed_message: null,
      text_body: '',
      html_body: '',
    });

    // Later runs send nothing more, and the link works (for 60 minutes from the request).
    t.clock.now = minutesAfterStart(30);
    expect(await sendDueMails(t.ctx)).toBe(0);
    expect(to(NORTHWIND_ADMIN)).toHaveLength(1);
    const reset = await t.anonymous.post('/api/portal/auth/reset-password', {
      token,
      password: 'violet-harbour-lantern-42',
    });
    expect(reset.statusCode, reset.body).toBe(200);
  });

  it('sends a mail right after its commit, not at the next run of the sender', async () => {
    smtp = await startSmtpCatcher({ port });
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const response = await admin.post('/api/portal/members/invitations', {
      email: NEWCOMER,
      role: 'viewer',
    });
    expect(response.json()).toMatchObject({ emailDelivered: true });
    expect(to(NEWCOMER)).toHaveLength(1);
    const [row] = await deliveries(NEWCOMER);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, sealed_message: null });
    // The background sender, which may take a fresh mail only after the grace, finds nothing to do.
    t.clock.now = new Date(TEST_NOW.getTime() + KICK_GRACE_MS + 1);
    expect(await sendDueMails(t.ctx)).toBe(0);
    expect(to(NEWCOMER)).toHaveLength(1);
  });

  it('sends nothing for a change that rolled back', async () => {
    smtp = await startSmtpCatcher({ port });
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const license = await provisionLicense(t, { seats: 2 });
    // Assigning to someone new invites them (and queues the invitation mail), then the seats check fails.
    const refused = await admin.post(`/api/portal/licenses/${license.licenseId}/assignments`, {
      email: NEWCOMER,
      quantity: 3,
    });
    expect(refused.statusCode).toBe(409);
    await expect(
      inTransaction(t.ctx.db, async (trx) => {
        await queueMail(t.ctx, trx, {
          to: NORTHWIND_VIEWER,
          subject: 'Never',
          text: 'x',
          html: '<p>x</p>',
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await deliveries(NEWCOMER, NORTHWIND_VIEWER)).toEqual([]);
    t.clock.now = minutesAfterStart(60);
    await sendDueMails(t.ctx);
    expect([...to(NEWCOMER), ...to(NORTHWIND_VIEWER)]).toEqual([]);
  });

  it('seals what waits, under the key of its purpose, and delivers each mail once when senders race', async () => {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const invited = ['one', 'two', 'three'].map((n) => `outbox.${n}@northwind.example`);
    for (const email of invited) {
      const response = await admin.post('/api/portal/members/invitations', {
        email,
        role: 'viewer',
      });
      expect(response.json()).toMatchObject({ emailDelivered: false });
    }
    const waiting = await deliveries(...invited);
    expect(waiting.map((d) => d.status)).toEqual(['pending', 'pending', 'pending']);
    const box = new SecretBox(t.ctx.secrets.licenseKeyEncryption, MAIL_MESSAGE_PURPOSE);
    for (const row of waiting) {
      expect(JSON.stringify(row)).not.toMatch(/\/invite\//);
      expect(box.open(row.sealed_message!)).toMatch(/\/invite\/[A-Za-z0-9_-]+/);
    }

    smtp = await startSmtpCatcher({ port });
    t.clock.now = minutesAfterStart(1);
    // Three senders at once (on PostgreSQL over three connections): each mail is claimed by one.
    const sent = await Promise.all([sendDueMails(t.ctx), sendDueMails(t.ctx), sendDueMails(t.ctx)]);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    for (const email of invited) {
      expect(to(email)).toHaveLength(1);
      invitationTokenIn(to(email)[0]);
    }
    expect((await deliveries(...invited)).map((d) => [d.status, d.sealed_message])).toEqual([
      ['sent', null],
      ['sent', null],
      ['sent', null],
    ]);
  });

  it('gives up a waiting mail whose link died (invitation resent, then revoked)', async () => {
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const created = await admin.post('/api/portal/members/invitations', {
      email: NEWCOMER,
      role: 'viewer',
    });
    const { id } = created.json().invitation as { id: number };
    const resent = await admin.post(`/api/portal/members/invitations/${id}/resend`);
    expect(resent.json()).toMatchObject({ emailDelivered: false });
    expect((await deliveries(NEWCOMER)).map((d) => [d.status, d.last_error])).toEqual([
      ['failed', 'not sent: the invitation was resent'],
      ['pending', expect.stringMatching(/ECONNREFUSED/)],
    ]);

    smtp = await startSmtpCatcher({ port });
    t.clock.now = minutesAfterStart(1);
    await sendDueMails(t.ctx);
    expect(to(NEWCOMER)).toHaveLength(1); // the resent link only
    const preview = await t.anonymous.get(
      `/api/portal/invitations/${invitationTokenIn(to(NEWCOMER)[0])}`,
    );
    expect(preview.statusCode, preview.body).toBe(200);

    await smtp.close();
    smtp = undefined;
    const again = await admin.post(`/api/portal/members/invitations/${id}/resend`);
    expect(again.json()).toMatchObject({ emailDelivered: false });
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/portal/members/invitations/${id}` }))
        .statusCode,
    ).toBe(204);
    expect((await deliveries(NEWCOMER)).at(-1)).toMatchObject({
      status: 'failed',
      last_error: 'not sent: the invitation was revoked',
      sealed_message: null,
    });
  });

  it('gives up a mail sealed under other secrets instead of blocking the others', async () => {
    smtp = await startSmtpCatcher({ port });
    const foreign = new SecretBox('00'.repeat(32), MAIL_MESSAGE_PURPOSE).seal('{}');
    await inTransaction(t.ctx.db, async (trx) => {
      await queueMail(t.ctx, trx, { to: NORTHWIND_ADMIN, subject: 'A', text: 'a', html: 'a' });
      await queueMail(t.ctx, trx, { to: NEWCOMER, subject: 'B', text: 'b', html: 'b' });
    });
    await t.ctx.db
      .updateTable('mail_deliveries')
      .set({ sealed_message: foreign })
      .where('recipient', '=', NORTHWIND_ADMIN)
      .execute();
    t.clock.now = new Date(TEST_NOW.getTime() + KICK_GRACE_MS);
    expect(await sendDueMails(t.ctx)).toBe(1);
    expect(to(NEWCOMER)).toHaveLength(1);
    const [unreadable] = await deliveries(NORTHWIND_ADMIN);
    expect(unreadable).toMatchObject({ status: 'failed', attempts: 0, sealed_message: null });
    expect(unreadable.last_error).toMatch(/does not open with the current secrets/);
  });

  it('does not send a reset mail after its link expired, and drops its body', async () => {
    await t.anonymous.post('/api/portal/auth/forgot-password', { email: NORTHWIND_VIEWER });
    await firstAttemptOf(NORTHWIND_VIEWER);
    smtp = await startSmtpCatcher({ port });
    t.clock.now = minutesAfterStart(61); // the link lasts 60 minutes
    expect(await sendDueMails(t.ctx)).toBe(0);
    expect(smtp.messages).toEqual([]);
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sealed_message: null });
    expect(row.last_error).toMatch(/expired/);
  });
});
