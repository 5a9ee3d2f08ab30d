import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverDueWebhooks } from '../../../src/server/webhooks/deliver-webhooks.js';
import { availableDialects } from '../../support/databases.js';
import { provisionLicense } from '../../support/licensing-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';
import { startReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const MINUTE = 60_000;

describe.each(await availableDialects())('webhook deliveries on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    // A short time-out per attempt, for the receiver that hangs.
    t = await createTestApp(dialect, { env: { WEBHOOK_TIMEOUT_SECONDS: '1' } });
    vendor = await vendorClient(t, 'erp');
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  // Webhook.verify accepts timestamps within 5 minutes of the real clock: sign at real time.
  beforeEach(() => {
    t.clock.now = new Date();
  });

  /** An endpoint of its own (path) for license.suspended, and a license to suspend. */
  const endpointFor = async (path: string) => {
    const response = await vendor.post('/webhooks', {
      receiverUrl: `${receiver.url}${path}`,
      events: ['license.suspended'],
      description: path,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: number; secret: string };
  };
  const suspendALicense = async () => {
    const { licenseId } = await provisionLicense(t);
    const response = await vendor.post(`/licenses/${licenseId}/suspend`, { reason: 'unpaid' });
    expect(response.statusCode, response.body).toBe(200);
    return licenseId;
  };
  const deliveriesOf = async (endpointId: number) =>
    (await vendor.get(`/webhooks/${endpointId}/deliveries`)).json().items as {
      id: number;
      status: string;
      attempts: number;
      nextAttemptAt: string | null;
      messageId: string;
    }[];
  const deliveryDetail = async (id: number) =>
    (await vendor.get(`/webhook-deliveries/${id}`)).json();

  it('signs each delivery per Standard Webhooks: the library verifies it, and a changed byte fails', async () => {
    const endpoint = await endpointFor('/signed');
    const licenseId = await suspendALicense();
    // The request only wrote the outbox: nothing is sent until the sender runs.
    expect(receiver.receivedAt('/signed')).toHaveLength(0);
    expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });

    expect(await deliverDueWebhooks(t.ctx)).toBeGreaterThanOrEqual(1);
    const [request] = receiver.receivedAt('/signed');
    const headers = request.headers as Record<string, string>;
    const message = new Webhook(endpoint.secret).verify(request.body, headers) as {
      type: string;
      data: { organizationId: number; license: { id: number }; reason: string };
    };
    expect(message.type).toBe('license.suspended');
    expect(message.data).toMatchObject({ license: { id: licenseId }, reason: 'unpaid' });
    expect(headers['webhook-id']).toMatch(/^msg_/);
    expect(() =>
      new Webhook(endpoint.secret).verify(request.body.replace('unpaid', 'unpaiD'), headers),
    ).toThrow();
    const other = (await endpointFor('/other')).secret;
    expect(() => new Webhook(other).verify(request.body, headers)).toThrow();

    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, nextAttemptAt: null });
    expect(delivery.messageId).toBe(headers['webhook-id']);
    const detail = await deliveryDetail(delivery.id);
    expect(detail.payload).toEqual(JSON.parse(request.body));
    expect(detail.history).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, error: null, nextAttemptAt: null }),
    ]);
  });

  it('retries a 500 once it is due and records both attempts', async () => {
    const endpoint = await endpointFor('/flaky');
    receiver.answer('/flaky', 500, 200);
    await suspendALicense();
    const firstAttemptAt = t.clock.now;
    await deliverDueWebhooks(t.ctx);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(firstAttemptAt.getTime() + MINUTE).toISOString(),
    });
    await deliverDueWebhooks(t.ctx); // not due yet
    expect(receiver.receivedAt('/flaky')).toHaveLength(1);

    t.clock.now = new Date(failed.nextAttemptAt!);
    await deliverDueWebhooks(t.ctx);
    const requests = receiver.receivedAt('/flaky');
    expect(requests).toHaveLength(2);
    // A retry is the same message (same webhook-id), signed anew.
    expect(requests[1].headers['webhook-id']).toBe(requests[0].headers['webhook-id']);
    new Webhook(endpoint.secret).verify(
      requests[1].body,
      requests[1].headers as Record<string, string>,
    );
    const detail = await deliveryDetail(failed.id);
    expect(detail).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
    expect(detail.history).toMatchObject([
      {
        attempt: 1,
        statusCode: 500,
        error: 'the receiver answered 500',
        nextAttemptAt: failed.nextAttemptAt,
      },
      { attempt: 2, statusCode: 200, error: null, nextAttemptAt: null },
    ]);
  });

  it('gives up on a receiver that hangs after the configured time-out, and the request never waited for it', async () => {
    const endpoint = await endpointFor('/hangs');
    receiver.answer('/hangs', 'hang');
    await suspendALicense();
    // The suspension answered while the receiver had not even been called.
    expect(receiver.receivedAt('/hangs')).toHaveLength(0);
    await deliverDueWebhooks(t.ctx);
    expect(receiver.receivedAt('/hangs')).toHaveLength(1);
    const [delivery] = await deliveriesOf(endpoint.id);
    const detail = await deliveryDetail(delivery.id);
    expect(detail).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(detail.history[0]).toMatchObject({
      statusCode: null,
      error: 'no answer within 1 s (WEBHOOK_TIMEOUT_SECONDS)',
    });
  });

  it('retries after 1, 2, 4 … 512 minutes and a last time a day after the first attempt, then fails; a redeliver sends it again', async () => {
    const endpoint = await endpointFor('/down');
    receiver.answer('/down', ...Array<number>(12).fill(503));
    // Signatures do not matter to a receiver that is down: run on the test clock.
    t.clock.now = TEST_NOW;
    await suspendALicense();
    const schedule = [1, 3, 7, 15, 31, 63, 127, 255, 511, 1023, 1440];
    for (const [index, minutes] of schedule.entries()) {
      await deliverDueWebhooks(t.ctx);
      const [delivery] = await deliveriesOf(endpoint.id);
      expect(delivery).toMatchObject({
        status: 'pending',
        attempts: index + 1,
        nextAttemptAt: new Date(TEST_NOW.getTime() + minutes * MINUTE).toISOString(),
      });
      t.clock.now = new Date(delivery.nextAttemptAt!);
    }
    await deliverDueWebhooks(t.ctx);
    const [failed] = await deliveriesOf(endpoint.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 12, nextAttemptAt: null });
    expect((await deliveryDetail(failed.id)).history).toHaveLength(12);

    const again = await vendor.post(`/webhook-deliveries/${failed.id}/redeliver`);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({
      status: 'pending',
      attempts: 0,
      redeliveryOf: failed.id,
      messageId: failed.messageId,
      history: [],
    });
    const conflict = await vendor.post(`/webhook-deliveries/${again.json().id}/redeliver`);
    expect(conflict.statusCode).toBe(409);
    await deliverDueWebhooks(t.ctx);
    expect((await deliveryDetail(again.json().id)).status).toBe('delivered');
    expect(receiver.receivedAt('/down').at(-1)!.headers['webhook-id']).toBe(failed.messageId);
  });

  it('signs with the old and the new secret for a day after a rotation', async () => {
    const endpoint = await endpointFor('/rotated');
    const rotated = await vendor.post(`/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const { secret, previousSecretValidUntil } = rotated.json();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(endpoint.secret);
    await suspendALicense();
    await deliverDueWebhooks(t.ctx);
    const [request] = receiver.receivedAt('/rotated');
    const headers = request.headers as Record<string, string>;
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    new Webhook(secret).verify(request.body, headers);
    new Webhook(endpoint.secret).verify(request.body, headers);

    // A day later only the new secret signs (checked by signing: the library would refuse the timestamp).
    t.clock.now = new Date(Date.parse(previousSecretValidUntil) + 1000);
    await suspendALicense();
    await deliverDueWebhooks(t.ctx);
    const later = receiver.receivedAt('/rotated')[1];
    const id = later.headers['webhook-id'] as string;
    const at = new Date(Number(later.headers['webhook-timestamp']) * 1000);
    expect(later.headers['webhook-signature']).toBe(new Webhook(secret).sign(id, at, later.body));
  });

  it('stores the secret sealed and never shows it again', async () => {
    const endpoint = await endpointFor('/sealed');
    const row = await t.ctx.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', endpoint.id)
      .executeTakeFirstOrThrow();
    const secretBody = endpoint.secret.slice('whsec_'.length);
    expect(JSON.stringify(row)).not.toContain(secretBody);
    expect((await vendor.get(`/webhooks/${endpoint.id}`)).body).not.toContain(secretBody);
    expect((await vendor.get('/webhooks')).body).not.toContain(secretBody);
  });

  it('keeps a disabled endpoint’s deliveries waiting, and a deleted endpoint takes its deliveries along', async () => {
    const endpoint = await endpointFor('/paused');
    expect(
      (await vendor.patch(`/webhooks/${endpoint.id}`, { enabled: false })).json(),
    ).toMatchObject({
      enabled: false,
    });
    await suspendALicense(); // a disabled endpoint subscribes to nothing new
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
    await vendor.patch(`/webhooks/${endpoint.id}`, { enabled: true });
    await suspendALicense();
    await vendor.patch(`/webhooks/${endpoint.id}`, { enabled: false });
    await deliverDueWebhooks(t.ctx);
    expect(receiver.receivedAt('/paused')).toHaveLength(0);
    expect((await deliveriesOf(endpoint.id))[0].status).toBe('pending');

    const deleted = await vendor.delete(`/webhooks/${endpoint.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ deleted: true, endpoint: { id: endpoint.id } });
    expect((await vendor.get(`/webhooks/${endpoint.id}`)).statusCode).toBe(404);
    const left = await t.ctx.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('endpoint_id', '=', endpoint.id)
      .execute();
    expect(left).toHaveLength(0);
  });
});
