import { describe, expect, it } from 'vitest';
import type { ActivationDetail } from '../../../src/common/activations-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import type { Client } from '../../support/test-app.js';

const DAY = 86_400_000;

describe.each(await availableDialects())('activation detail and seat reclaim on %s', (dialect) => {
  const s = licensingSuite(dialect);
  const activate = async (key: string, identifier: string) => (await s.call('/activations', { key, identifier, hostname: `${identifier}.lan` })).json().activation.id as number;
  const statusOf = async (client: Client, id: number) => ((await client.get(`/api/portal/activations/${id}`)).json() as ActivationDetail).activation.status;

  it('shows the binding, its license and entitlement and its audit trail; another organization gets 404', async () => {
    const { key, licenseId } = await provisionLicense(s.t, { seats: 4 });
    const id = await activate(key, 'HW-DETAIL');
    const admin = await s.t.signIn(NORTHWIND_ADMIN);
    await admin.post('/api/portal/activations/deactivate', { activationIds: [id] });
    const response = await (await s.t.signIn(NORTHWIND_VIEWER)).get(`/api/portal/activations/${id}`);
    expect(response.statusCode).toBe(200);
    const detail: ActivationDetail = response.json();
    expect(detail.activation).toMatchObject({ id, identifier: 'HW-DETAIL', hostname: 'HW-DETAIL.lan', status: 'deactivated' });
    expect(detail.license).toMatchObject({ id: licenseId, seats: 4, maxDeactivations: null });
    expect(detail.entitlement.salesOrder).toBe('SO-TEST');
    // The seat engine copied the license's labels onto the activation (migration 009): the detail and the table agree with the license.
    expect(detail.activation.entitlementId).toBe(detail.entitlement.publicId);
    // A machine activation has no serial number: the cell stays empty (never the masked key).
    expect(detail.activation.serialNumber).toBeNull();
    expect(detail.license.status).toBe('active');
    expect(detail.auditTrail.map((e) => e.user)).toEqual(['Software', 'Alice Moreau']);
    expect((await (await s.t.signIn(GLOBEX_ADMIN)).get(`/api/portal/activations/${id}`)).statusCode).toBe(404);
    expect((await admin.get('/api/portal/activations/99999999')).statusCode).toBe(404);
  });

  it('reclaims the seats of activations not seen for N days, keeping recent ones; Viewers are refused', async () => {
    const { key } = await provisionLicense(s.t);
    const old = [await activate(key, 'OLD-1'), await activate(key, 'OLD-2')];
    s.t.clock.now = new Date(s.t.clock.now.getTime() + 400 * DAY);
    const recent = await activate(key, 'RECENT');
    expect((await (await s.t.signIn(NORTHWIND_VIEWER)).post('/api/portal/activations/reclaim', { notSeenForDays: 30 })).statusCode).toBe(403);
    const admin = await s.t.signIn(NORTHWIND_ADMIN);
    const response = await admin.post('/api/portal/activations/reclaim', { notSeenForDays: 30 });
    expect(response.statusCode).toBe(200);
    expect(response.json().deactivated).toBeGreaterThanOrEqual(2);
    expect(response.json().more).toBe(false);
    expect([await statusOf(admin, old[0]), await statusOf(admin, old[1])]).toEqual(['deactivated', 'deactivated']);
    expect(await statusOf(admin, recent)).toBe('live');
    expect((await admin.post('/api/portal/activations/reclaim', { notSeenForDays: 30 })).json()).toEqual({ deactivated: 0, more: false });
    expect((await admin.post('/api/portal/activations/reclaim', { notSeenForDays: 0 })).statusCode).toBe(400);
  });
});
