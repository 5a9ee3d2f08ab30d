import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredRecords } from '../../../src/server/jobs/housekeeping.js';
import { availableDialects } from '../../support/databases.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

describe.each(await availableDialects())('Idempotency-Key on vendor POSTs on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  let organizationId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    vendor = await vendorClient(t, 'erp');
    organizationId = (await vendor.post('/organizations', { name: 'Retry Ltd' })).json().id;
  });
  afterAll(() => t.close());

  const entitlement = (salesOrder: string) => ({
    organizationId,
    salesOrder,
    orderDate: '2026-06-01',
    licenses: [{ productCode: 'ATLAS-CAD', seats: 3 }],
  });
  const postWithKey = (client: VendorClient, key: string, payload: object, url = '/entitlements') =>
    t.app.inject({
      method: 'POST',
      url: `/api/vendor${url}`,
      payload,
      headers: { authorization: `Bearer ${client.token}`, 'idempotency-key': key },
    });
  const countOf = async (table: 'entitlements' | 'licenses') =>
    (await t.ctx.db.selectFrom(table).select('id').execute()).length;

  it('answers a retried entitlement with the first answer: one order, one set of keys', async () => {
    const [entitlements, licenses] = [await countOf('entitlements'), await countOf('licenses')];
    const first = await postWithKey(vendor, 'order-SO-7001', entitlement('SO-7001'));
    expect(first.statusCode).toBe(201);
    const retry = await postWithKey(vendor, 'order-SO-7001', entitlement('SO-7001'));
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(retry.json().licenses[0].key).toBe(first.json().licenses[0].key);
    expect(await countOf('entitlements')).toBe(entitlements + 1);
    expect(await countOf('licenses')).toBe(licenses + 1);
  });

  it('refuses the same key for another body with 422, creating nothing', async () => {
    await postWithKey(vendor, 'order-SO-7002', entitlement('SO-7002'));
    const entitlements = await countOf('entitlements');
    const other = await postWithKey(vendor, 'order-SO-7002', entitlement('SO-7003'));
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    expect(await countOf('entitlements')).toBe(entitlements);
  });

  it('scopes keys to the token, runs a refused request again, and forgets keys after 24 hours', async () => {
    const other = await vendorClient(t, 'crm');
    await postWithKey(vendor, 'shared-key', entitlement('SO-7004'));
    const entitlements = await countOf('entitlements');
    expect((await postWithKey(other, 'shared-key', entitlement('SO-7004'))).statusCode).toBe(201);
    expect(await countOf('entitlements')).toBe(entitlements + 1);

    const unknownOrg = { ...entitlement('SO-7005'), organizationId: 999_999 };
    expect((await postWithKey(vendor, 'refused', unknownOrg)).statusCode).toBe(400);
    expect((await postWithKey(vendor, 'refused', entitlement('SO-7005'))).statusCode).toBe(201);

    t.clock.now = new Date(TEST_NOW.getTime() + 25 * 3_600_000);
    try {
      const again = await postWithKey(vendor, 'order-SO-7001', entitlement('SO-7001'));
      expect(again.headers['idempotent-replayed']).toBeUndefined();
      expect((await purgeExpiredRecords(t.ctx.db, t.clock.now)).idempotencyKeys).toBeGreaterThan(0);
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it('refuses a malformed key with 400', async () => {
    const bad = await postWithKey(vendor, 'x'.repeat(256), entitlement('SO-7006'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { 'idempotency-key': expect.any(String) },
    });
  });
});
