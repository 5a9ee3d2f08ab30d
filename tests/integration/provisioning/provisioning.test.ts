import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { licensingCall } from '../../support/licensing-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../../support/test-app.js';
import { vendorClient, type VendorClient } from '../../support/vendor-client.js';

describe.each(await availableDialects())('vendor provisioning on %s', (dialect) => {
  let t: TestApp;
  let vendor: VendorClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    vendor = await vendorClient(t, 'erp');
  });
  afterAll(() => t.close());

  const auditActions = async (organizationId: number) =>
    (
      await t.ctx.db
        .selectFrom('audit_events')
        .select(['action', 'actor_label'])
        .where('organization_id', '=', organizationId)
        .orderBy('id')
        .execute()
    ).map((e) => e.action);

  it('creates, reads, updates and lists organizations, audited in their own log', async () => {
    const created = await vendor.post('/organizations', { name: 'Acme Tooling GmbH' });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({
      name: 'Acme Tooling GmbH',
      slug: 'acme-tooling-gmbh',
      createdAt: TEST_NOW.toISOString(),
    });
    expect((await vendor.get(`/organizations/${org.id}`)).json()).toEqual(org);
    expect(
      (await vendor.patch(`/organizations/${org.id}`, { name: 'Acme Tooling AG' })).json(),
    ).toMatchObject({ name: 'Acme Tooling AG', slug: 'acme-tooling-gmbh' });

    const first = (await vendor.get('/organizations', { limit: '2' })).json();
    expect(first.items).toHaveLength(2);
    const rest = (
      await vendor.get('/organizations', { limit: '2', cursor: first.nextCursor })
    ).json();
    expect([...first.items, ...rest.items].map((o: { id: number }) => o.id)).toContain(org.id);
    expect(await auditActions(org.id)).toEqual(['organization.created', 'organization.updated']);
  });

  it('invites the first Admin of an organization: a hashed, expiring invitation, audited', async () => {
    const org = (await vendor.post('/organizations', { name: 'Initrode' })).json();
    const response = await vendor.post(`/organizations/${org.id}/invitations`, {
      email: 'Boss@Initrode.example',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().invitation).toMatchObject({
      email: 'boss@initrode.example',
      role: 'admin',
      expiresAt: new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString(),
    });
    const row = await t.ctx.db
      .selectFrom('invitations')
      .selectAll()
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditActions(org.id)).toContain('invitation.created');
    expect(
      (
        await vendor.post(`/organizations/${org.id}/invitations`, {
          email: 'boss@initrode.example',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('creates an entitlement with license lines whose keys work on the licensing API, and manages the licenses', async () => {
    const product = (
      await vendor.post('/products', {
        code: 'ORBIT-PRO',
        name: 'Orbit Pro',
        licenseType: 'subscription',
        deploymentType: 'on-premise',
        activationKind: 'machine',
      })
    ).json();
    expect(product).toMatchObject({
      code: 'ORBIT-PRO',
      activationKind: 'machine',
      heartbeatIntervalSeconds: null,
      identifierRequired: true,
    });
    expect(
      (await vendor.patch(`/products/${product.id}`, { description: 'Orbital mechanics' })).json()
        .description,
    ).toBe('Orbital mechanics');
    const org = (await vendor.post('/organizations', { name: 'Orbital Ltd' })).json();

    const created = await vendor.post('/entitlements', {
      organizationId: org.id,
      salesOrder: 'SO-90001',
      poNumber: 'PO-1',
      orderDate: '2026-06-01',
      expiresOn: '2027-05-31',
      licenses: [
        { productCode: 'ORBIT-PRO', seats: 5 },
        { productCode: 'ATLAS-CAD', seats: 2, expiresAt: null },
      ],
    });
    expect(created.statusCode).toBe(201);
    const entitlement = created.json();
    expect(entitlement.publicId).toMatch(/^ENT-\d{6}$/);
    expect(entitlement.licenses).toMatchObject([
      {
        productCode: 'ORBIT-PRO',
        seats: 5,
        status: 'active',
        expiresAt: '2027-05-31T23:59:59.999Z',
        liveSeats: 0,
      },
      { productCode: 'ATLAS-CAD', seats: 2, expiresAt: null },
    ]);
    const [orbit] = entitlement.licenses;
    expect(orbit.key).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);

    const call = licensingCall(t, '127.0.0.8');
    expect(
      (
        await call('/activations', {
          key: orbit.key,
          identifier: 'HWID-ORBIT',
          product: 'ORBIT-PRO',
        })
      ).statusCode,
    ).toBe(201);
    expect((await vendor.get(`/licenses/${orbit.id}`)).json()).toMatchObject({
      liveSeats: 1,
      key: orbit.key,
    });

    const validation = () =>
      call('/licenses/validate', { key: orbit.key, identifier: 'HWID-ORBIT' }).then(
        (r) => r.json().code,
      );
    expect(
      (await vendor.post(`/licenses/${orbit.id}/suspend`, { reason: 'unpaid invoice' })).json()
        .status,
    ).toBe('suspended');
    expect(await validation()).toBe('SUSPENDED');
    expect((await vendor.post(`/licenses/${orbit.id}/suspend`)).statusCode).toBe(409);
    expect((await vendor.post(`/licenses/${orbit.id}/reinstate`)).json().status).toBe('active');
    expect(await validation()).toBe('VALID');
    expect(
      (
        await vendor.post(`/licenses/${orbit.id}/extend`, { expiresAt: '2028-05-31T23:59:59Z' })
      ).json().expiresAt,
    ).toBe('2028-05-31T23:59:59.000Z');
    expect((await vendor.patch(`/licenses/${orbit.id}`, { seats: 8 })).json().seats).toBe(8);
    expect((await vendor.post(`/licenses/${orbit.id}/revoke`)).json().status).toBe('revoked');
    expect(await validation()).toBe('REVOKED');
    expect((await vendor.post(`/licenses/${orbit.id}/reinstate`)).json().error.code).toBe(
      'invalid_transition',
    );

    const added = await vendor.post(`/entitlements/${entitlement.id}/licenses`, {
      productCode: 'BEACON-CLOUD',
      seats: 1,
    });
    expect(added.statusCode).toBe(201);
    expect((await vendor.get(`/entitlements/${entitlement.id}`)).json().licenses).toHaveLength(3);
    expect(
      (await vendor.patch(`/entitlements/${entitlement.id}`, { status: 'cancelled' })).json()
        .status,
    ).toBe('cancelled');
    expect(
      (await vendor.get('/entitlements', { organizationId: String(org.id) })).json().items,
    ).toHaveLength(1);
    expect(
      (await vendor.get('/licenses', { organizationId: String(org.id) })).json().items,
    ).toHaveLength(3);

    expect(await auditActions(org.id)).toEqual([
      'organization.created',
      'entitlement.created',
      'activation.created',
      'license.suspended',
      'license.reinstated',
      'license.extended',
      'license.updated',
      'license.revoked',
      'license.created',
      'entitlement.updated',
    ]);
    const suspension = await t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'license.suspended')
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(suspension).toMatchObject({ actor_label: 'Vendor API (erp)', actor_user_id: null });
    expect(JSON.parse(suspension.metadata)).toMatchObject({
      reason: 'unpaid invoice',
      from: 'active',
      to: 'suspended',
    });
  });

  it('gives entitlements created at once distinct generated ids', async () => {
    const org = (await vendor.post('/organizations', { name: 'Rush Orders Inc' })).json();
    const order = {
      organizationId: org.id,
      salesOrder: 'SO-RUSH',
      orderDate: '2026-06-01',
      licenses: [{ productCode: 'ATLAS-CAD', seats: 1 }],
    };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => vendor.post('/entitlements', order)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    expect(new Set(responses.map((r) => r.json().publicId)).size).toBe(8);
  });

  it('creates releases with changelogs and uploads artifacts, recording size and SHA-256', async () => {
    await vendor.post('/products', {
      code: 'NEBULA',
      name: 'Nebula',
      licenseType: 'perpetual',
      deploymentType: 'on-premise',
      activationKind: 'serial',
    });
    const release = (
      await vendor.post('/releases', {
        productCode: 'NEBULA',
        version: '2026.2.1',
        channel: 'beta',
        notes: '## Fixed\n- Crash on start',
      })
    ).json();
    expect(release).toMatchObject({
      productCode: 'NEBULA',
      version: '2026.2.1',
      channel: 'beta',
      notes: '## Fixed\n- Crash on start',
      publishedAt: TEST_NOW.toISOString(),
      artifacts: [],
    });
    expect(
      (await vendor.patch(`/releases/${release.id}`, { channel: 'stable' })).json().channel,
    ).toBe('stable');

    const file = Buffer.from('pretend installer bytes '.repeat(1000));
    const sha256 = createHash('sha256').update(file).digest('hex');
    const uploaded = await vendor.upload(`/releases/${release.id}/artifacts`, file, {
      fileName: 'nebula-2026.2.1-linux-x64.tar.gz',
      platform: 'linux',
      arch: 'x64',
      sha256,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({
      fileName: 'nebula-2026.2.1-linux-x64.tar.gz',
      size: file.length,
      sha256,
    });

    const row = await t.ctx.db
      .selectFrom('artifacts')
      .selectAll()
      .where('id', '=', uploaded.json().id)
      .executeTakeFirstOrThrow();
    expect(await text(await t.ctx.storage.open(row.storage_key))).toBe(file.toString());
    expect((await vendor.get(`/releases/${release.id}`)).json().artifacts).toEqual([
      uploaded.json(),
    ]);
    expect((await vendor.get('/releases', { productCode: 'NEBULA' })).json().items).toHaveLength(1);
  });

  it('documents the vendor API to vendor tokens only, and the portal and licensing APIs to anyone', async () => {
    const vendorDocs = await vendor.get('/openapi.json');
    expect(vendorDocs.statusCode).toBe(200);
    expect(vendorDocs.json().paths['/api/vendor/entitlements'].post.security).toEqual([
      { vendorToken: [] },
    ]);
    expect(vendorDocs.json().components.securitySchemes.vendorToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(
      Object.keys(vendorDocs.json().paths).every((path) => path.startsWith('/api/vendor/')),
    ).toBe(true);
    expect((await t.anonymous.get('/api/vendor/openapi.json')).statusCode).toBe(401);

    // The portal's host must not advertise the vendor surface (spec: strict separation).
    for (const url of ['/api/docs/json', '/api/docs/yaml']) {
      const page = await t.anonymous.get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain('/api/vendor');
      expect(page.body, url).not.toContain('vendorToken');
    }
    const docs = (await t.anonymous.get('/api/docs/json')).json();
    expect(docs.paths['/api/portal/dashboard']).toBeDefined();
    expect(
      docs.paths['/v1/licenses/validate'].post.responses['200'].content['application/json'].schema
        .properties.code.description,
    ).toContain('HEARTBEAT_NOT_STARTED');
    expect(docs.paths['/v1/activations'].post.responses['409'].description).toContain(
      'SEATS_EXHAUSTED',
    );
  });
});
