import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';
import { organizationIdOf, probeLicense } from '../usage/usage-fixtures.js';

const DAY_MS = 86_400_000;
// TEST_NOW is 2026-06-15T12:00Z.
const daysAgo = (days: number) =>
  new Date(Date.parse('2026-06-15T10:00:00.000Z') - days * DAY_MS).toISOString();

/** The server's words a German member reads: audit sentences, the seat forecast in notices (decisions 138, 139). */
describe.each(await availableDialects())('the server’s words in German on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  const german = (url: string) =>
    admin.request({ method: 'GET', url, headers: { 'accept-language': 'de-DE,de;q=0.9' } });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterAll(() => t.close());

  it('says the audit log in German on the page, in the CSV and on the Dashboard; English as stored', async () => {
    const english = (await admin.get('/api/portal/audit-events?limit=50')).json();
    const signedIn = english.items.find(
      (e: { action: string }) => e.action === 'session.signed_in',
    );
    expect(signedIn.message).toMatch(/ signed in$/);

    const page = (await german('/api/portal/audit-events?limit=50')).json();
    const same = page.items.find((e: { id: number }) => e.id === signedIn.id);
    expect(same.message).toBe(signedIn.message.replace(/ signed in$/, ' hat sich angemeldet'));
    // Every sentence the server knows is worded; none is left in English for the seeded events.
    const invited = page.items.filter((e: { action: string }) => e.action === 'invitation.created');
    for (const event of invited)
      expect(event.message).toMatch(/ hat .+ als (Admin|Betrachter) eingeladen$/);

    const csv = (await german('/api/portal/audit-events/export.csv')).body;
    expect(csv).toContain(' hat sich angemeldet');

    const dashboard = (await german('/api/portal/dashboard')).json();
    expect(
      dashboard.recentAuditEvents.some((e: { message: string }) =>
        e.message.endsWith(' hat sich angemeldet'),
      ),
    ).toBe(true);
  });

  it('sends the diagnosis the particulars of a feature refusal', async () => {
    const answer = await admin.post('/api/portal/licenses/diagnose', { key: 'NOT-A-REAL-KEY' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ code: 'NOT_FOUND', refusedFeatures: [] });
  });

  it('adds the seat forecast to German notices, with German plurals', async () => {
    const northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    const growing = await probeLicense(t.ctx, northwind, {
      seats: 20,
      history: Array.from({ length: 19 }, (_, k) => ({ activatedAt: daysAgo(18 - k) })),
    });
    const expiring = await probeLicense(t.ctx, northwind, {
      seats: 10,
      expiresAt: '2026-06-27T12:00:00.000Z',
      history: Array.from({ length: 9 }, () => ({ activatedAt: daysAgo(40) })),
    });
    const changed = await admin.request({
      method: 'PATCH',
      url: '/api/portal/account/preferences',
      payload: { language: 'de' },
    });
    expect(changed.statusCode).toBe(200);
    await runNotificationJob(t.ctx);
    const bodies = (
      await t.ctx.db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select('notifications.body')
        .where('users.email', '=', NORTHWIND_ADMIN)
        .execute()
    ).map((r) => r.body);
    expect(
      bodies.find((b) => b.includes(growing.productName) && b.includes('mehr als 90')),
    ).toMatch(
      new RegExp(
        `Bei diesem Tempo sind die Plätze der Lizenz für ${growing.productName} in etwa [12] Tag(en)? aufgebraucht\\.$`,
      ),
    );
    expect(bodies.find((b) => b.includes(expiring.productName) && b.includes('läuft'))).toMatch(
      new RegExp(
        `Die Lizenz für ${expiring.productName} von ${expiring.publicId} läuft in 12 Tagen ab, mit 9 von 10 Plätzen belegt\\.$`,
      ),
    );
  });
});
