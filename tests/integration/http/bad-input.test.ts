import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFromPem, verifyResponse } from '../../../examples/verify-client.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, TEST_NOW, type Client, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

const TOO_BIG = 2 ** 31;

describe.each(await availableDialects())('bad input gets a documented 4xx on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let vendor: VendorClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
    vendor = await vendorClient(t);
  });
  afterAll(() => t.close());

  const refusal = (
    response: { statusCode: number; json: () => unknown },
    status: number,
    code: string,
    field?: string,
  ) => {
    expect(response.statusCode).toBe(status);
    const { error } = response.json() as { error: { code: string; fields?: object } };
    expect(error.code).toBe(code);
    if (field) expect(Object.keys(error.fields ?? {})).toContain(field);
  };
  const v1 = (url: string, payload?: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/v1${url}`, payload: payload as string, headers });

  it('refuses integers at or above 2^31 in paths, queries and bodies, creating nothing', async () => {
    refusal(await admin.get(`/api/portal/activations/${TOO_BIG}`), 400, 'validation_failed');
    refusal(
      await admin.get(`/api/portal/activations?productId=${TOO_BIG}`),
      400,
      'validation_failed',
      'productId',
    );
    refusal(await vendor.get(`/organizations/${TOO_BIG}`), 400, 'validation_failed', 'id');
    const before = await t.ctx.db.selectFrom('entitlements').select('id').execute();
    refusal(
      await vendor.post('/entitlements', {
        organizationId: TOO_BIG,
        salesOrder: 'SO-BIG',
        orderDate: '2026-06-01',
        licenses: [{ productCode: 'ATLAS-CAD', seats: 1 }],
      }),
      400,
      'validation_failed',
      'organizationId',
    );
    expect(await t.ctx.db.selectFrom('entitlements').select('id').execute()).toEqual(before);
    refusal(
      await admin.post('/api/portal/notifications/read', { ids: [TOO_BIG] }),
      400,
      'validation_failed',
      'ids.0',
    );
  });

  it.each(['Infinity', '-Infinity', '1e309'])('refuses limit=%s', async (limit) => {
    refusal(
      await admin.get(`/api/portal/activations?limit=${limit}`),
      400,
      'validation_failed',
      'limit',
    );
    refusal(await vendor.get('/licenses', { limit }), 400, 'validation_failed', 'limit');
  });

  it('refuses NUL in the sign-in email, a /v1 key or identifier, a search and a vendor name', async () => {
    refusal(
      await t.anonymous.post('/api/portal/auth/login', {
        email: 'a\u0000@b.example',
        password: 'x',
      }),
      400,
      'validation_failed',
      'email',
    );
    refusal(await v1('/licenses/validate', { key: 'AB\u0000C' }), 400, 'validation_failed', 'key');
    refusal(
      await v1('/activations', { key: 'ABC', identifier: 'HW\u0000ID' }),
      400,
      'validation_failed',
      'identifier',
    );
    refusal(await admin.get('/api/portal/audit-events?q=a%00b'), 400, 'validation_failed', 'q');
    refusal(
      await vendor.post('/organizations', { name: 'Nul\u0000 Inc' }),
      400,
      'validation_failed',
      'name',
    );
  });

  it("maps Fastify's own refusals to the documented codes", async () => {
    const json = { 'content-type': 'application/json' };
    refusal(await v1('/licenses/validate', '{not json', json), 400, 'validation_failed', 'body');
    refusal(
      await v1('/licenses/validate', '<key/>', { 'content-type': 'application/xml' }),
      415,
      'unsupported_media_type',
    );
    const huge = JSON.stringify({ key: 'x'.repeat(2 * 1024 * 1024) });
    refusal(await v1('/licenses/validate', huge, json), 413, 'body_too_large');
  });

  it('names an unknown query parameter', async () => {
    refusal(
      await admin.get('/api/portal/activations?colour=red'),
      400,
      'validation_failed',
      'colour',
    );
    refusal(await vendor.get('/licenses', { colour: 'red' }), 400, 'validation_failed', 'colour');
  });

  it('signs the 404 of an unknown /v1 route and every refusal', async () => {
    const publicKey = publicKeyFromPem(
      (await t.app.inject({ method: 'GET', url: '/v1/public-key' })).json().publicKeyPem,
    );
    for (const response of [
      await t.app.inject({ method: 'GET', url: '/v1/no-such-route' }),
      await v1('/licenses/validate', '{not json', { 'content-type': 'application/json' }),
      await t.app.inject({ method: 'GET', url: '/v1/licenses/%E0%A4%A' }),
    ]) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      const signed = {
        date: String(response.headers.date),
        signature: String(response.headers['x-signature']),
        body: response.body,
      };
      expect(verifyResponse(publicKey, signed, TEST_NOW)).toBe(true);
    }
    refusal(await t.app.inject({ method: 'GET', url: '/v1/no-such-route' }), 404, 'not_found');
    refusal(
      await t.app.inject({ method: 'GET', url: '/v1/licenses/%E0%A4%A' }),
      400,
      'validation_failed',
      'url',
    );
  });

  it.each(['csv', 'jsonl'])(
    'answers 400 before streaming an %s export whose start is after its end, not as an attachment',
    async (format) => {
      const response = await admin.get(
        `/api/portal/audit-events/export.${format}?from=2026-05-02&to=2026-05-01`,
      );
      refusal(response, 400, 'invalid_request', 'from');
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.headers['content-type']).toContain('application/json');
      const activations = await admin.get(
        '/api/portal/activations/export.csv?from=2026-05-02&to=2026-05-01',
      );
      refusal(activations, 400, 'invalid_request', 'from');
      expect(activations.headers['content-disposition']).toBeUndefined();
    },
  );
});
