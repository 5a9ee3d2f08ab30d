import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../../src/common/webhook-events.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

const URL = 'https://erp.example.com/hooks/portal';

describe.each(await availableDialects())('webhook endpoints in the vendor API on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    vendor = await vendorClient(t, 'erp');
  });
  afterAll(() => t.close());

  const endpointRows = () =>
    t.ctx.db.selectFrom('webhook_endpoints').selectAll().orderBy('id').execute();

  it('registers, lists, reads, updates and deletes an endpoint; the secret is shown on creation only', async () => {
    const created = await vendor.post('/webhooks', {
      receiverUrl: URL,
      events: ['activation.created', 'seats.exhausted'],
      description: 'ERP',
    });
    expect(created.statusCode, created.body).toBe(201);
    const endpoint = created.json();
    expect(endpoint).toMatchObject({
      receiverUrl: URL,
      events: ['activation.created', 'seats.exhausted'],
      description: 'ERP',
      enabled: true,
      previousSecretValidUntil: null,
      createdAt: TEST_NOW.toISOString(),
    });
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const { secret: _secret, ...shown } = endpoint;
    expect((await vendor.get(`/webhooks/${endpoint.id}`)).json()).toEqual(shown);
    expect((await vendor.get('/webhooks')).json().items).toContainEqual(shown);

    const updated = await vendor.patch(`/webhooks/${endpoint.id}`, {
      events: [...WEBHOOK_EVENT_TYPES],
      receiverUrl: 'http://10.0.0.5:8080/hook',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      events: [...WEBHOOK_EVENT_TYPES],
      receiverUrl: 'http://10.0.0.5:8080/hook',
      description: 'ERP',
    });
    expect(updated.json()).not.toHaveProperty('secret');

    const deleted = await vendor.delete(`/webhooks/${endpoint.id}`);
    expect(deleted.json()).toMatchObject({ deleted: true, endpoint: { id: endpoint.id } });
    expect((await vendor.get(`/webhooks/${endpoint.id}`)).statusCode).toBe(404);
  });

  it('answers a repeated creation with the same Idempotency-Key once, and stores that answer sealed', async () => {
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/vendor/webhooks',
        headers: { authorization: `Bearer ${vendor.token}`, 'idempotency-key': 'hook-1' },
        payload: { receiverUrl: URL, events: ['license.expired'] },
      });
    const first = await send();
    const second = await send();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    const stored = await t.ctx.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(first.json().secret.slice(6));
    await vendor.delete(`/webhooks/${first.json().id}`);
  });

  it('refuses bad input with a 4xx naming the field, and changes nothing', async () => {
    const kept = (
      await vendor.post('/webhooks', { receiverUrl: URL, events: ['member.joined'] })
    ).json();
    const before = await endpointRows();
    const refusals: [object, string][] = [
      [{ receiverUrl: 'ftp://files.example.com/hook', events: ['member.joined'] }, 'receiverUrl'],
      [{ receiverUrl: 'javascript:alert(1)', events: ['member.joined'] }, 'receiverUrl'],
      [{ receiverUrl: 'not a url', events: ['member.joined'] }, 'receiverUrl'],
      [
        { receiverUrl: 'https://user:secret@erp.example.com/hook', events: ['member.joined'] },
        'receiverUrl',
      ],
      [
        { receiverUrl: 'https://erp.example.com/hook#part', events: ['member.joined'] },
        'receiverUrl',
      ],
      [
        { receiverUrl: `https://erp.example.com/${'a'.repeat(2001)}`, events: ['member.joined'] },
        'receiverUrl',
      ],
      [{ receiverUrl: URL, events: [] }, 'events'],
      [{ receiverUrl: URL, events: ['license.exploded'] }, 'events'],
      [{ receiverUrl: URL, events: ['member.joined', 'member.joined'] }, 'events'],
      [{ receiverUrl: URL }, 'events'],
      [{ events: ['member.joined'] }, 'receiverUrl'],
      [{ receiverUrl: URL, events: ['member.joined'], enabled: 'yes' }, 'enabled'],
    ];
    for (const [body, field] of refusals) {
      const response = await vendor.post('/webhooks', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.json().error.fields ?? {}), JSON.stringify(body)).toContain(
        field,
      );
    }
    const patches: object[] = [{}, { receiverUrl: 'file:///etc/passwd' }, { events: [] }];
    for (const body of patches) {
      expect((await vendor.patch(`/webhooks/${kept.id}`, body)).statusCode).toBe(400);
    }
    expect((await vendor.patch('/webhooks/999999', { enabled: false })).statusCode).toBe(404);
    expect((await vendor.delete('/webhooks/999999')).statusCode).toBe(404);
    expect((await vendor.post('/webhooks/999999/rotate-secret')).statusCode).toBe(404);
    expect((await vendor.get('/webhooks/999999/deliveries')).statusCode).toBe(404);
    expect((await vendor.get('/webhook-deliveries/999999')).statusCode).toBe(404);
    expect((await vendor.post('/webhook-deliveries/999999/redeliver')).statusCode).toBe(404);
    expect((await vendor.get('/webhooks/abc')).statusCode).toBe(400);
    expect(
      (await vendor.get(`/webhooks/${kept.id}/deliveries`, { status: 'lost' })).statusCode,
    ).toBe(400);
    expect(await endpointRows()).toEqual(before);
  });

  it('needs a vendor token: without one, or with a portal member’s session, nothing is reached', async () => {
    const before = await endpointRows();
    const admin = await t.signIn(NORTHWIND_ADMIN);
    const attempts = [
      { method: 'GET', url: '/api/vendor/webhooks' },
      {
        method: 'POST',
        url: '/api/vendor/webhooks',
        payload: { receiverUrl: URL, events: ['member.left'] },
      },
      { method: 'GET', url: '/api/vendor/webhook-deliveries/1' },
    ] as const;
    for (const attempt of attempts) {
      expect((await t.anonymous.request(attempt)).statusCode).toBe(401);
      expect((await admin.request(attempt)).statusCode).toBe(401);
      const wrongToken = await t.app.inject({
        ...attempt,
        headers: { authorization: 'Bearer pvt_not-a-token' },
      });
      expect(wrongToken.statusCode).toBe(401);
    }
    expect(await endpointRows()).toEqual(before);
  });
});
