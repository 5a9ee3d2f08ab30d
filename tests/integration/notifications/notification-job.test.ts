import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/db/database.js';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import type { SmtpCatcher } from '../../support/smtp-catcher.js';
import type { TestApp } from '../../support/test-app.js';
import { withMailCatcher } from '../../support/with-mail-catcher.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * At TEST_NOW the seed has, among active licenses within 30 days of expiry: Northwind's
 * Beacon (+12 d, the 15-day notice) and Delta (+29 d, the 30-day notice), and Globex's
 * Delta (+20 d, the 30-day notice). Northwind has 4 members, Globex 2 (Alice is in both).
 */
describe.each(await availableDialects())('notification job on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  withMailCatcher(dialect, (app, catcher) => {
    t = app;
    smtp = catcher;
  });

  const advance = (ms: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + ms);
  };
  const productId = async (code: string) =>
    (
      await t.ctx.db
        .selectFrom('products')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;
  const topicsOf = async (email: string) => {
    const rows = await t.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select('notifications.topic')
      .where('users.email', '=', email)
      .orderBy('notifications.id')
      .execute();
    return rows.map((r) => r.topic);
  };

  it('sends each expiry notice once per license, threshold and member, by email and in the portal', async () => {
    const since = smtp.messages.length;
    expect(await runNotificationJob(t.ctx)).toBe(10);
    expect(await runNotificationJob(t.ctx)).toBe(0);
    expect(smtp.messages.length - since).toBe(10);
    expect((await topicsOf(NORTHWIND_ADMIN)).sort()).toEqual([
      'licenseExpiring15',
      'licenseExpiring30',
      'licenseExpiring30',
    ]);
    const mail = smtp.messages
      .slice(since)
      .find((m) => m.to.includes(NORTHWIND_ADMIN) && m.subject.startsWith('Beacon'))!;
    expect(mail.subject).toBe('Beacon Analytics Cloud license expires in 12 days');
    // Alice's time zone is Europe/Berlin.
    expect(mail.text).toContain('of Northwind Robotics expires in 12 days (27 Jun 2026)');

    advance(11.5 * DAY);
    expect(await runNotificationJob(t.ctx)).toBe(6);
    expect(await topicsOf(NORTHWIND_VIEWER)).toEqual([
      'licenseExpiring15',
      'licenseExpiring30',
      'licenseExpiring0',
    ]);
  });

  it('follows each member’s channels per topic', async () => {
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    await viewer.request({
      method: 'PATCH',
      url: '/api/portal/account/preferences',
      payload: {
        notifications: {
          licenseExpiring30: { email: false },
          licenseExpiring15: { inPortal: false },
        },
      },
    });
    const since = smtp.messages.length;
    await runNotificationJob(t.ctx);
    expect(await topicsOf(NORTHWIND_VIEWER)).toEqual(['licenseExpiring30']);
    expect(
      smtp.messages
        .slice(since)
        .filter((m) => m.to.includes(NORTHWIND_VIEWER))
        .map((m) => m.subject),
    ).toEqual(['Beacon Analytics Cloud license expires in 12 days']);
  });

  it('announces a new release once per member of every organization that owns the product', async () => {
    const atlas = await productId('ATLAS-CAD');
    const at = (ms: number) => new Date(t.clock.now.getTime() + ms).toISOString();
    await t.ctx.db
      .insertInto('releases')
      .values([
        {
          product_id: atlas,
          version: '9.0.0',
          channel: 'stable',
          notes_md: '',
          published_at: at(-HOUR),
        },
        {
          product_id: atlas,
          version: '8.0.0',
          channel: 'stable',
          notes_md: '',
          published_at: at(-30 * DAY),
        },
        {
          product_id: atlas,
          version: '10.0.0-beta',
          channel: 'beta',
          notes_md: '',
          published_at: at(HOUR),
        },
      ])
      .execute();
    await t.ctx.db
      .deleteFrom('licenses')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<', at(31 * DAY))
      .execute();

    // Northwind's 4 members and Globex's Gina; Alice, in both, hears of it once.
    expect(await runNotificationJob(t.ctx)).toBe(5);
    expect(await topicsOf(NORTHWIND_ADMIN)).toEqual(['newRelease']);
    // The channel as a label, not the stored code.
    const bodies = (
      await t.ctx.db
        .selectFrom('notifications')
        .select('body')
        .where('topic', '=', 'newRelease')
        .execute()
    ).map((n) => n.body);
    expect(bodies.every((body) => body.includes('Atlas CAD Studio 9.0.0 (Stable)'))).toBe(true);
    advance(2 * HOUR);
    expect(await runNotificationJob(t.ctx)).toBe(5);
    expect(await runNotificationJob(t.ctx)).toBe(0);
  });

  it('warns when seats pass 90% and again only after usage dropped and rose again', async () => {
    await t.ctx.db
      .deleteFrom('licenses')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<', new Date(t.clock.now.getTime() + 31 * DAY).toISOString())
      .execute();
    const renderNode = t.ctx.db.updateTable('activations').where('identifier', '=', 'SN-CR-000732');
    await renderNode.set({ quantity: 5 }).execute();
    expect(await runNotificationJob(t.ctx)).toBe(0);
    await renderNode.set({ quantity: 6 }).execute();
    expect(await runNotificationJob(t.ctx)).toBe(4);
    expect(await runNotificationJob(t.ctx)).toBe(0);
    await renderNode.set({ quantity: 2 }).execute();
    expect(await runNotificationJob(t.ctx)).toBe(0);
    await renderNode.set({ quantity: 6 }).execute();
    expect(await runNotificationJob(t.ctx)).toBe(4);
    expect(await topicsOf(NORTHWIND_VIEWER)).toEqual(['seatsOver90', 'seatsOver90']);
  });

  it('reports an activation whose heartbeat deadline passed, once', async () => {
    await t.ctx.db
      .deleteFrom('licenses')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<', new Date(t.clock.now.getTime() + 31 * DAY).toISOString())
      .execute();
    await t.ctx.db
      .updateTable('activations')
      .set({ heartbeat_deadline: new Date(t.clock.now.getTime() - HOUR).toISOString() })
      .where('identifier', '=', 'HWID-F00D-1234-0A0A')
      .execute();
    const since = smtp.messages.length;
    expect(await runNotificationJob(t.ctx)).toBe(4);
    expect(await runNotificationJob(t.ctx)).toBe(0);
    expect(smtp.messages[since].subject).toBe(
      'Atlas CAD Studio on eng-ws-031 stopped sending heartbeats',
    );
  });

  it('delivers once when several processes run the job at the same time', async () => {
    const second = dialect === 'postgres' ? openDatabase(t.ctx.config.databaseUrl) : null;
    try {
      const other = second ? { ...t.ctx, db: second.db } : t.ctx;
      const since = smtp.messages.length;
      const counts = await Promise.all([
        runNotificationJob(t.ctx),
        runNotificationJob(other),
        runNotificationJob(other),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
      expect(smtp.messages.length - since).toBe(10);
      expect(await t.ctx.db.selectFrom('notifications').select('id').execute()).toHaveLength(10);
    } finally {
      await second?.db.destroy();
    }
  });
});
