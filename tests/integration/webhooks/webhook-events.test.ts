import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../../src/common/webhook-events.js';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { HEARTBEAT_GRACE_SECONDS } from '../../../src/server/licensing/liveness.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingCall, provisionLicense } from '../../support/licensing-fixtures.js';
import { insertInvitation, organizationIdOf, userIdOf } from '../../support/portal-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

const DAY = 86_400_000;
const HOUR = 3600;

interface Emitted {
  type: string;
  timestamp: string;
  data: Record<string, unknown> & { organizationId: number };
}

describe.each(await availableDialects())(
  'webhook events emitted where they happen on %s',
  (dialect) => {
    let t: TestApp;
    let vendor: VendorClient;
    let call: ReturnType<typeof licensingCall>;
    let seen = 0;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      vendor = await vendorClient(t, 'erp');
      call = licensingCall(t);
      const endpoint = await vendor.post('/webhooks', {
        receiverUrl: 'https://erp.example.com/hooks',
        events: [...WEBHOOK_EVENT_TYPES],
      });
      expect(endpoint.statusCode).toBe(201);
    });
    afterAll(() => t.close());
    beforeEach(() => {
      t.clock.now = TEST_NOW;
    });

    /** The events queued since the last call, oldest first. */
    const newEvents = async (): Promise<Emitted[]> => {
      const rows = await t.ctx.db.selectFrom('webhook_events').selectAll().orderBy('id').execute();
      const fresh = rows.slice(seen);
      seen = rows.length;
      return fresh.map((row) => JSON.parse(row.payload) as Emitted);
    };

    it('activation.created for each seat taken, seats.exhausted with the last one, and nothing for a refusal', async () => {
      await newEvents();
      const { key, licenseId, productCode, organizationId } = await provisionLicense(t, {
        seats: 2,
      });
      expect(
        (await call('/activations', { key, identifier: 'HWID-A', hostname: 'a' })).statusCode,
      ).toBe(201);
      expect((await call('/activations', { key, identifier: 'HWID-B' })).statusCode).toBe(201);
      expect((await call('/activations', { key, identifier: 'HWID-C' })).statusCode).toBe(409);
      const events = await newEvents();
      expect(events.map((e) => e.type)).toEqual([
        'activation.created',
        'activation.created',
        'seats.exhausted',
      ]);
      expect(events[0]).toEqual({
        type: 'activation.created',
        timestamp: TEST_NOW.toISOString(),
        data: {
          organizationId,
          license: {
            id: licenseId,
            entitlement: expect.stringMatching(/^ENT-/),
            productCode,
            keyLast4: key.slice(-4),
          },
          activation: expect.objectContaining({
            kind: 'machine',
            identifier: 'HWID-A',
            hostname: 'a',
            quantity: 1,
          }),
          seats: { total: 2, live: 1 },
        },
      });
      expect(events[2].data).toMatchObject({ seats: { total: 2, live: 2 } });

      // The same identifier again is idempotent: no second event.
      await call('/activations', { key, identifier: 'HWID-A' });
      expect(await newEvents()).toEqual([]);

      await call('/activations/deactivate', { key, identifier: 'HWID-A' });
      const [ended] = await newEvents();
      expect(ended).toMatchObject({
        type: 'activation.ended',
        data: {
          reason: 'deactivated',
          endedBy: 'Software',
          seats: { total: 2, live: 1 },
          activation: { identifier: 'HWID-A' },
        },
      });
    });

    it('activation.ended once for a heartbeat that stopped, whether the job or a new activation notices it first', async () => {
      const { key } = await provisionLicense(t, { seats: 1, heartbeatIntervalSeconds: HOUR });
      const first = (await call('/activations', { key, identifier: 'HWID-1' })).json().activation;
      await newEvents();
      t.clock.now = new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS + 60) * 1000);
      await runNotificationJob(t.ctx);
      await runNotificationJob(t.ctx);
      const ended = (await newEvents()).filter((e) => e.type === 'activation.ended');
      expect(ended).toHaveLength(1);
      expect(ended[0].data).toMatchObject({
        reason: 'heartbeat_expired',
        endedBy: 'Heartbeat monitor',
        endedAt: first.heartbeatDeadline,
        seats: { total: 1, live: 0 },
      });
      // Activating the identifier again ends the dead activation for good: already reported.
      expect((await call('/activations', { key, identifier: 'HWID-1' })).statusCode).toBe(201);
      expect((await newEvents()).map((e) => e.type)).toEqual([
        'activation.created',
        'seats.exhausted',
      ]);
    });

    it('license.expiring at 30, 15 and 1 day(s) and license.expired, each once however often the job runs', async () => {
      const expiresAt = new Date(TEST_NOW.getTime() + 20 * DAY).toISOString();
      const { licenseId } = await provisionLicense(t, { expiresAt });
      await newEvents();
      const ofLicense = async () =>
        (await newEvents()).filter(
          (e) => (e.data.license as { id: number } | undefined)?.id === licenseId,
        );
      const at = async (daysBefore: number) => {
        t.clock.now = new Date(Date.parse(expiresAt) - daysBefore * DAY);
        await runNotificationJob(t.ctx);
        await runNotificationJob(t.ctx);
        return ofLicense();
      };
      expect((await at(20)).map((e) => [e.type, e.data.threshold])).toEqual([
        ['license.expiring', 30],
      ]);
      expect(await at(16)).toEqual([]);
      expect((await at(14)).map((e) => [e.type, e.data.threshold])).toEqual([
        ['license.expiring', 15],
      ]);
      expect((await at(0.5)).map((e) => [e.type, e.data.threshold])).toEqual([
        ['license.expiring', 1],
      ]);
      const expired = await at(-0.1);
      expect(expired).toEqual([
        {
          type: 'license.expired',
          timestamp: t.clock.now.toISOString(),
          data: expect.objectContaining({
            expiresAt,
            license: expect.objectContaining({ id: licenseId }),
          }),
        },
      ]);
      expect(await at(-1)).toEqual([]);
    });

    it('license.suspended from the vendor API, and nothing when the suspension is refused', async () => {
      const { licenseId } = await provisionLicense(t);
      await newEvents();
      await vendor.post(`/licenses/${licenseId}/suspend`, { reason: 'unpaid invoice' });
      expect((await vendor.post(`/licenses/${licenseId}/suspend`, {})).statusCode).toBe(409);
      expect(await newEvents()).toMatchObject([
        {
          type: 'license.suspended',
          data: {
            license: { id: licenseId },
            reason: 'unpaid invoice',
            suspendedBy: 'Vendor API (erp)',
          },
        },
      ]);
    });

    it('member.joined when an invitation is accepted, member.left when a member is removed', async () => {
      const northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
      await insertInvitation(t.ctx, {
        organizationId: northwind,
        email: 'new.hire@northwind.example',
        role: 'viewer',
        token: 'webhook-invitation-token',
      });
      await newEvents();
      const accepted = await t.anonymous.post(
        '/api/portal/invitations/webhook-invitation-token/accept',
        {
          firstName: 'Nia',
          lastName: 'Hart',
          password: 'violet-harbor-lantern-42',
        },
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
      const userId = await userIdOf(t.ctx, 'new.hire@northwind.example');
      expect(await newEvents()).toEqual([
        {
          type: 'member.joined',
          timestamp: TEST_NOW.toISOString(),
          data: {
            organizationId: northwind,
            member: { userId, email: 'new.hire@northwind.example', role: 'viewer' },
            via: 'invitation',
          },
        },
      ]);

      const admin = await t.signIn(NORTHWIND_ADMIN);
      const viewerId = await userIdOf(t.ctx, NORTHWIND_VIEWER);
      const removed = await admin.request({
        method: 'DELETE',
        url: `/api/portal/members/${viewerId}`,
      });
      expect(removed.statusCode, removed.body).toBeLessThan(300);
      expect(await newEvents()).toMatchObject([
        {
          type: 'member.left',
          data: {
            organizationId: northwind,
            member: { userId: viewerId, email: NORTHWIND_VIEWER, role: 'viewer' },
            removedBy: expect.any(String),
          },
        },
      ]);
    });

    it('queues nothing for events no endpoint subscribed to', async () => {
      const [endpoint] = (await vendor.get('/webhooks')).json().items;
      await vendor.patch(`/webhooks/${endpoint.id}`, { events: ['member.joined'] });
      await newEvents();
      const { key } = await provisionLicense(t);
      await call('/activations', { key, identifier: 'HWID-Z' });
      expect(await newEvents()).toEqual([]);
      await vendor.patch(`/webhooks/${endpoint.id}`, { events: [...WEBHOOK_EVENT_TYPES] });
    });
  },
);
