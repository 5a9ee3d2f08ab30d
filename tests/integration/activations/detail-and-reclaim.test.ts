import { describe, expect, it } from 'vitest';
import {
  MAX_DEACTIVATE_AT_ONCE,
  type ActivationDetail,
} from '../../../src/common/activations-api.js';
import type { ReclaimPreview } from '../../../src/common/reclaim-schema.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import type { Client } from '../../support/test-app.js';

const DAY = 86_400_000;

describe.each(await availableDialects())('activation detail and seat reclaim on %s', (dialect) => {
  const s = licensingSuite(dialect);
  const activate = async (key: string, identifier: string) =>
    (await s.call('/activations', { key, identifier, hostname: `${identifier}.lan` })).json()
      .activation.id as number;
  const statusOf = async (client: Client, id: number) =>
    ((await client.get(`/api/portal/activations/${id}`)).json() as ActivationDetail).activation
      .status;

  it('shows the binding, its license and entitlement and its audit trail; another organization gets 404', async () => {
    const { key, licenseId } = await provisionLicense(s.t, { seats: 4 });
    const id = await activate(key, 'HW-DETAIL');
    const admin = await s.t.signIn(NORTHWIND_ADMIN);
    await admin.post('/api/portal/activations/deactivate', { activationIds: [id] });
    const response = await (
      await s.t.signIn(NORTHWIND_VIEWER)
    ).get(`/api/portal/activations/${id}`);
    expect(response.statusCode).toBe(200);
    const detail: ActivationDetail = response.json();
    expect(detail.activation).toMatchObject({
      id,
      identifier: 'HW-DETAIL',
      hostname: 'HW-DETAIL.lan',
      status: 'deactivated',
    });
    expect(detail.license).toMatchObject({ id: licenseId, seats: 4, maxDeactivations: null });
    expect(detail.entitlement.salesOrder).toBe('SO-TEST');
    // The seat engine copied the license's labels onto the activation (migration 009): the detail and the table agree with the license.
    expect(detail.activation.entitlementId).toBe(detail.entitlement.publicId);
    // A machine activation has no serial number: the cell stays empty (never the masked key).
    expect(detail.activation.serialNumber).toBeNull();
    expect(detail.license.status).toBe('active');
    expect(detail.auditTrail.map((e) => e.user)).toEqual(['Software', 'Alice Moreau']);
    expect(
      (await (await s.t.signIn(GLOBEX_ADMIN)).get(`/api/portal/activations/${id}`)).statusCode,
    ).toBe(404);
    expect((await admin.get('/api/portal/activations/99999999')).statusCode).toBe(404);
  });

  it('previews the activations not seen for N days, then frees exactly those; Viewers are refused', async () => {
    const { key } = await provisionLicense(s.t);
    const old = [await activate(key, 'OLD-1'), await activate(key, 'OLD-2')];
    s.t.clock.now = new Date(s.t.clock.now.getTime() + 400 * DAY);
    const recent = await activate(key, 'RECENT');
    const viewer = await s.t.signIn(NORTHWIND_VIEWER);
    expect(
      (await viewer.get('/api/portal/activations/reclaim-preview?notSeenForDays=30')).statusCode,
    ).toBe(403);
    expect(
      (
        await viewer.post('/api/portal/activations/reclaim', {
          notSeenForDays: 30,
          activationIds: old,
        })
      ).statusCode,
    ).toBe(403);
    const admin = await s.t.signIn(NORTHWIND_ADMIN);

    const preview: ReclaimPreview = (
      await admin.get('/api/portal/activations/reclaim-preview?notSeenForDays=30')
    ).json();
    const ids = preview.candidates.map((candidate) => candidate.id);
    expect(ids).toEqual(expect.arrayContaining(old));
    expect(ids).not.toContain(recent);
    expect(preview.total).toBe(ids.length);
    expect(preview.candidates.find((candidate) => candidate.id === old[0])).toMatchObject({
      name: 'OLD-1.lan',
      productName: expect.stringMatching(/^Test product/),
    });
    const lastSeen = preview.candidates.map((candidate) => candidate.lastSeenAt);
    expect(lastSeen).toEqual([...lastSeen].sort());

    // OLD-2 is seen again after the preview: the reclaim leaves it alone, as it does the recent one.
    await s.t.ctx.db
      .updateTable('activations')
      .set({ last_heartbeat_at: s.t.clock.now.toISOString() })
      .where('id', '=', old[1])
      .execute();
    const response = await admin.post('/api/portal/activations/reclaim', {
      notSeenForDays: 30,
      activationIds: [old[0], old[1], recent],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ deactivated: 1, skipped: 2 });
    expect([
      await statusOf(admin, old[0]),
      await statusOf(admin, old[1]),
      await statusOf(admin, recent),
    ]).toEqual(['deactivated', 'live', 'live']);
    expect(
      (
        await admin.post('/api/portal/activations/reclaim', {
          notSeenForDays: 30,
          activationIds: [old[0]],
        })
      ).json(),
    ).toEqual({ deactivated: 0, skipped: 1 });
    for (const payload of [
      { notSeenForDays: 0, activationIds: [old[0]] },
      { notSeenForDays: 30, activationIds: [] },
      { notSeenForDays: 30 },
    ]) {
      expect((await admin.post('/api/portal/activations/reclaim', payload)).statusCode).toBe(400);
    }
    // Another organization's Admin neither sees nor frees Northwind's activations.
    const globex = await s.t.signIn(GLOBEX_ADMIN);
    const foreign: ReclaimPreview = (
      await globex.get('/api/portal/activations/reclaim-preview?notSeenForDays=30')
    ).json();
    expect(foreign.candidates.map((candidate) => candidate.id)).not.toContain(old[1]);
    expect(
      (
        await globex.post('/api/portal/activations/reclaim', {
          notSeenForDays: 1,
          activationIds: [old[1]],
        })
      ).json(),
    ).toEqual({ deactivated: 0, skipped: 1 });
    expect(await statusOf(admin, old[1])).toBe('live');
  });

  it('frees more than one batch: the preview lists them all and each batch frees its hundred', async () => {
    const { key } = await provisionLicense(s.t, { seats: 300 });
    for (let i = 0; i < 230; i += 1) await activate(key, `BATCH-${String(i).padStart(3, '0')}`);
    s.t.clock.now = new Date(s.t.clock.now.getTime() + 5000 * DAY);
    const admin = await s.t.signIn(NORTHWIND_ADMIN);
    const preview: ReclaimPreview = (
      await admin.get('/api/portal/activations/reclaim-preview?notSeenForDays=3650')
    ).json();
    const ours = preview.candidates.filter((candidate) => candidate.name.startsWith('BATCH-'));
    expect(ours).toHaveLength(230);
    expect(preview.total).toBe(preview.candidates.length);
    let freed = 0;
    const ids = preview.candidates.map((candidate) => candidate.id);
    for (let start = 0; start < ids.length; start += MAX_DEACTIVATE_AT_ONCE) {
      const response = await admin.post('/api/portal/activations/reclaim', {
        notSeenForDays: 3650,
        activationIds: ids.slice(start, start + MAX_DEACTIVATE_AT_ONCE),
      });
      expect(response.statusCode, response.body).toBe(200);
      freed += response.json().deactivated;
    }
    expect(freed).toBe(ids.length);
    expect(
      (
        await admin.post('/api/portal/activations/reclaim', {
          notSeenForDays: 3650,
          activationIds: ids.slice(0, MAX_DEACTIVATE_AT_ONCE + 1),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        (
          await admin.get('/api/portal/activations/reclaim-preview?notSeenForDays=3650')
        ).json() as ReclaimPreview
      ).total,
    ).toBe(0);
  });
});
