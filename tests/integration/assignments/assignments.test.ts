import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import {
  licensingCall,
  provisionLicense,
  type ProvisionedLicense,
} from '../../support/licensing-fixtures.js';
import { userIdOf } from '../../support/portal-fixtures.js';
import {
  invitationTokenIn,
  startSmtpCatcher,
  type SmtpCatcher,
} from '../../support/smtp-catcher.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const TOMAS = 'tomas.berg@northwind.example';
const NEWCOMER = 'new.assignee@northwind.example';

describe.each(await availableDialects())('license assignments on %s', (dialect) => {
  let smtp: SmtpCatcher;
  let t: TestApp;
  let admin: Client;
  let license: ProvisionedLicense;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    t = await createTestApp(dialect, {
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://portal.example.test' },
    });
    admin = await t.signIn(NORTHWIND_ADMIN);
    license = await provisionLicense(t, { seats: 3 });
  });
  afterEach(() => t.close());

  const base = () => `/api/portal/licenses/${license.licenseId}/assignments`;
  const assign = (email: string, quantity: number) => admin.post(base(), { email, quantity });
  const events = (action: string) =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['message', 'metadata'])
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const assignments = () =>
    t.ctx.db
      .selectFrom('license_assignments')
      .selectAll()
      .where('license_id', '=', license.licenseId)
      .orderBy('id')
      .execute();
  const activate = (identifier: string, user?: string) =>
    licensingCall(t)('/activations', { key: license.key, identifier, ...(user ? { user } : {}) });

  it('assigns seats to a member, audits it and mails the assignee what they received and how to activate it', async () => {
    const seen = smtp.messages.length;
    const response = await assign(NORTHWIND_VIEWER, 2);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      invited: false,
      emailDelivered: true,
      assignment: { quantity: 2, pending: false, email: NORTHWIND_VIEWER },
    });
    const mail = await smtp.waitFor(NORTHWIND_VIEWER, seen);
    expect(mail.subject).toContain('2 seats assigned to you');
    expect(mail.text).toContain('https://portal.example.test/licenses?assigned=me');
    expect(mail.text).toContain('give this email address');
    const [event] = await events('license.assigned');
    expect(event.message).toMatch(/assigned 2 seats of Test product .* to Victor/);

    const list = await admin.get(base());
    expect(list.json()).toMatchObject({
      seats: 3,
      assigned: 2,
      sharedSeats: false,
      assignments: [{ quantity: 2, inUse: 0 }],
    });
  });

  it('never assigns more seats than the license has, and changes nothing when it refuses', async () => {
    expect((await assign(NORTHWIND_VIEWER, 2)).statusCode).toBe(201);
    const over = await assign(TOMAS, 2);
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({
      code: 'seats_over_assigned',
      fields: { quantity: 'at most 1' },
    });
    expect(await assignments()).toHaveLength(1);
    expect(await events('license.assigned')).toHaveLength(1);
    const twice = await assign(NORTHWIND_VIEWER, 1);
    expect(twice.json().error.code).toBe('already_assigned');
  });

  it('re-assigns to another member and changes quantities, audited, mailing both people', async () => {
    const { assignment } = (await assign(NORTHWIND_VIEWER, 1)).json();
    const seen = smtp.messages.length;
    const moved = await admin.request({
      method: 'PATCH',
      url: `${base()}/${assignment.assignmentId}`,
      payload: { email: TOMAS, quantity: 3 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().assignment).toMatchObject({ email: TOMAS, quantity: 3 });
    expect((await smtp.waitFor(NORTHWIND_VIEWER, seen)).subject).toContain('no longer assigned');
    expect((await smtp.waitFor(TOMAS, seen)).subject).toContain('3 seats assigned to you');
    const [event] = await events('license.reassigned');
    expect(event.message).toMatch(/re-assigned 3 seats .* from Victor .* to Tomas/);

    const unassigned = await admin.request({
      method: 'DELETE',
      url: `${base()}/${assignment.assignmentId}`,
    });
    expect(unassigned.statusCode).toBe(200);
    expect(await assignments()).toHaveLength(0);
    expect(await events('license.unassigned')).toHaveLength(1);
  });

  it('invites an address that is not a member, and assigns the seats when the invitation is accepted', async () => {
    const seen = smtp.messages.length;
    const response = await assign(NEWCOMER, 2);
    expect(response.json()).toMatchObject({
      invited: true,
      assignment: { pending: true, userId: null },
    });
    const token = invitationTokenIn(await smtp.waitFor(NEWCOMER, seen));
    const afterInvite = smtp.messages.length;
    const accepted = await t.anonymous.post(`/api/portal/invitations/${token}/accept`, {
      firstName: 'Nia',
      lastName: 'Hart',
      password: 'violet-harbor-lantern-42',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [row] = await assignments();
    expect(row).toMatchObject({
      user_id: await userIdOf(t.ctx, NEWCOMER),
      invitation_id: null,
      quantity: 2,
    });
    expect((await smtp.waitFor(NEWCOMER, afterInvite)).subject).toContain(
      '2 seats assigned to you',
    );
    expect(await events('license.assignment_accepted')).toHaveLength(1);
  });

  it('revoking the invitation ends its pending assignment', async () => {
    await assign(NEWCOMER, 1);
    const invitation = await t.ctx.db
      .selectFrom('invitations')
      .select('id')
      .where('email', '=', NEWCOMER)
      .executeTakeFirstOrThrow();
    expect(
      (
        await admin.request({
          method: 'DELETE',
          url: `/api/portal/members/invitations/${invitation.id}`,
        })
      ).statusCode,
    ).toBe(204);
    expect(await assignments()).toHaveLength(0);
    expect((await events('license.unassigned'))[0].message).toContain('(invitation revoked)');
  });

  it('removing a member unassigns their licenses (audited) and leaves their activations live', async () => {
    await assign(TOMAS, 2);
    const activated = await activate('HWID-TOMAS-1', TOMAS);
    expect(activated.statusCode, activated.body).toBe(201);
    const tomasId = await userIdOf(t.ctx, TOMAS);
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/portal/members/${tomasId}` })).statusCode,
    ).toBe(204);
    expect(await assignments()).toHaveLength(0);
    expect((await events('license.unassigned'))[0].message).toContain('(member removed)');
    const activation = await t.ctx.db
      .selectFrom('activations')
      .selectAll()
      .where('identifier', '=', 'HWID-TOMAS-1')
      .executeTakeFirstOrThrow();
    expect(activation).toMatchObject({ deactivated_at: null, activated_by_user_id: tomasId });
  });

  it('refuses SEAT_ASSIGNED, naming the assignee, when an activation would take someone else’s seats', async () => {
    await assign(NORTHWIND_VIEWER, 3);
    const refused = await activate('HWID-SOMEONE-1');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SEAT_ASSIGNED');
    expect(refused.json().error.message).toContain('They are assigned to Victor');
    expect(
      await t.ctx.db
        .selectFrom('activations')
        .select('id')
        .where('license_id', '=', license.licenseId)
        .execute(),
    ).toHaveLength(0);

    const own = await activate('HWID-VICTOR-1', NORTHWIND_VIEWER.toUpperCase());
    expect(own.statusCode, own.body).toBe(201);
    const row = await t.ctx.db
      .selectFrom('activations')
      .selectAll()
      .where('identifier', '=', 'HWID-VICTOR-1')
      .executeTakeFirstOrThrow();
    expect(row.activated_by_user_id).toBe(await userIdOf(t.ctx, NORTHWIND_VIEWER));
    expect(row.activated_by_label).toMatch(/^Victor/);

    // Seats beyond the license still answer SEATS_EXHAUSTED, the earlier check.
    await t.ctx.db
      .updateTable('license_assignments')
      .set({ quantity: 1 })
      .where('license_id', '=', license.licenseId)
      .execute();
    expect((await activate('HWID-SOMEONE-2')).statusCode).toBe(201);
    expect((await activate('HWID-SOMEONE-3')).statusCode).toBe(201);
    expect((await activate('HWID-SOMEONE-4')).json().error.code).toBe('SEATS_EXHAUSTED');

    const unknown = await activate('HWID-X', 'stranger@example.com');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('user');
  });

  it('lets others use assigned seats once an Admin shares them (audited)', async () => {
    await assign(NORTHWIND_VIEWER, 3);
    const shared = await admin.request({
      method: 'PUT',
      url: `/api/portal/licenses/${license.licenseId}/assigned-seats-shared`,
      payload: { shared: true },
    });
    expect(shared.json()).toMatchObject({ sharedSeats: true });
    expect(await events('license.assigned_seats_shared')).toHaveLength(1);
    expect((await activate('HWID-SOMEONE-1')).statusCode).toBe(201);
  });

  it('refuses SEAT_ASSIGNED to an Admin activating in the portal too', async () => {
    await assign(NORTHWIND_VIEWER, 3);
    const response = await admin.post(`/api/portal/licenses/${license.licenseId}/activations`, {
      quantity: 1,
      projectName: 'P',
      projectManager: 'M',
      identifier: 'HWID-PORTAL-1',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'SEAT_ASSIGNED' });
  });

  it('filters the lists by assignee, shows Assigned to, and defaults a Viewer with assignments to their own view', async () => {
    await assign(NORTHWIND_VIEWER, 2);
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    expect((await viewer.get('/api/portal/session')).json()).toMatchObject({
      assignedLicenses: 1,
      defaultView: 'mine',
    });
    expect((await admin.get('/api/portal/session')).json()).toMatchObject({
      assignedLicenses: 0,
      defaultView: 'organization',
    });

    const mine = (await viewer.get('/api/portal/licenses/entitlements?assigned=me')).json();
    expect(mine.items.map((i: { licenseId: number }) => i.licenseId)).toEqual([license.licenseId]);
    expect(mine.items[0].assignees).toEqual([
      { name: expect.stringMatching(/^Victor/), quantity: 2, pending: false, isMe: true },
    ]);
    const products = (await viewer.get('/api/portal/licenses/products?assigned=me')).json();
    expect(products.items).toHaveLength(1);
    const nobody = (
      await admin.get('/api/portal/licenses/entitlements?assigned=none&limit=100')
    ).json();
    expect(nobody.items.map((i: { licenseId: number }) => i.licenseId)).not.toContain(
      license.licenseId,
    );

    const dashboard = (await viewer.get('/api/portal/dashboard')).json();
    expect(dashboard).toMatchObject({
      view: 'mine',
      assignedLicenses: 1,
      kpis: { totalLicenses: 1, availableLicenses: 2, activatedLicenses: 0 },
    });
    expect(dashboard.recentLicenses.map((l: { id: number }) => l.id)).toEqual([license.licenseId]);
    const whole = (await viewer.get('/api/portal/dashboard?view=organization')).json();
    expect(whole.view).toBe('organization');
    expect(whole.kpis.totalLicenses).toBeGreaterThan(1);
  });

  it('in the "Assigned to me" view, the Dashboard lists only the member’s licenses expiring next', async () => {
    const soon = new Date(t.ctx.now().getTime() + 10 * 86_400_000).toISOString();
    await t.ctx.db
      .updateTable('licenses')
      .set({ expires_at: soon })
      .where('id', '=', license.licenseId)
      .execute();
    await assign(NORTHWIND_VIEWER, 1);
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    type Expiring = { licenseId: number; expiresAt: string };
    const mine = (await viewer.get('/api/portal/dashboard')).json();
    expect(mine.view).toBe('mine');
    expect(mine.upcomingExpirations.map((l: Expiring) => l.licenseId)).toEqual([license.licenseId]);
    const whole = (await viewer.get('/api/portal/dashboard?view=organization')).json();
    const others = whole.upcomingExpirations.filter(
      (l: Expiring) => l.licenseId !== license.licenseId,
    );
    // The demo organization has other licenses expiring; the whole view keeps them.
    expect(others.length).toBeGreaterThan(0);
  });
});
