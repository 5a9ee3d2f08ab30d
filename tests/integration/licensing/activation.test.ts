import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../../src/server/cli/command.js';
import { activateSeat } from '../../../src/server/licensing/activate-seat.js';
import { deactivateActivation } from '../../../src/server/licensing/deactivate-activation.js';
import { HEARTBEAT_GRACE_SECONDS } from '../../../src/server/licensing/liveness.js';
import { transitionLicense } from '../../../src/server/modules/provisioning/licenses/service.js';
import { updateProduct } from '../../../src/server/modules/provisioning/products/service.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const HOUR = 3600;

describe.each(await availableDialects())(
  'activation, heartbeat and deactivation on %s',
  (dialect) => {
    const s = licensingSuite(dialect);

    const auditOf = (action: string, activationId: number) =>
      s.t.ctx.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', action)
        .where('target_id', '=', String(activationId))
        .execute();
    const activationRows = (licenseId: number) =>
      s.t.ctx.db
        .selectFrom('activations')
        .selectAll()
        .where('license_id', '=', licenseId)
        .orderBy('id')
        .execute();

    it('activates a machine with its details, audited as the software from its IP', async () => {
      const { key, licenseId, productCode } = await provisionLicense(s.t);
      const response = await s.call('/activations', {
        key,
        identifier: ' HWID-77 ',
        product: productCode,
        hostname: 'ws-77',
        platform: 'Linux',
        name: 'Build box',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        created: true,
        activation: {
          kind: 'machine',
          identifier: 'HWID-77',
          hostname: 'ws-77',
          platform: 'Linux',
          name: 'Build box',
          quantity: 1,
          activatedAt: TEST_NOW.toISOString(),
        },
        license: { seats: 10, liveSeats: 1, status: 'active' },
      });
      const [event] = await auditOf('activation.created', response.json().activation.id);
      expect(event).toMatchObject({
        type: 'activations',
        actor_label: 'Software',
        actor_user_id: null,
        ip: '127.0.0.2',
      });
      expect(event.message).toContain('Software activated 1 seat of');
      expect((await activationRows(licenseId))[0]).toMatchObject({
        activated_by_label: 'Software',
        license_id: licenseId,
      });
    });

    it('is idempotent per identifier: the same machine again answers 200 with the same activation', async () => {
      const { key, licenseId } = await provisionLicense(s.t);
      const first = await s.call('/activations', { key, identifier: 'HWID-SAME' });
      const again = await s.call('/activations', { key, identifier: 'HWID-SAME', quantity: 3 });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({
        created: false,
        activation: { id: first.json().activation.id, quantity: 1 },
        license: { liveSeats: 1 },
      });
      expect(await activationRows(licenseId)).toHaveLength(1);
      expect(await auditOf('activation.created', first.json().activation.id)).toHaveLength(1);
    });

    it('normalises domains, so Example.COM. and example.com are one activation', async () => {
      const { key } = await provisionLicense(s.t, { activationKind: 'domain' });
      const first = await s.call('/activations', { key, identifier: 'Example.COM.' });
      expect(first.json().activation).toMatchObject({ kind: 'domain', identifier: 'example.com' });
      expect(
        (await s.call('/activations', { key, identifier: 'example.com' })).json().created,
      ).toBe(false);
      const wrongKind = await s.call('/activations', {
        key,
        identifier: 'example.org',
        kind: 'machine',
      });
      expect(wrongKind.statusCode).toBe(400);
      expect(wrongKind.json().error.fields).toEqual({ kind: 'must be domain' });
    });

    it('refuses with the precise code: seats, product, state and unknown key', async () => {
      const small = await provisionLicense(s.t, { seats: 3 });
      expect(
        (await s.call('/activations', { key: small.key, identifier: 'BIG', quantity: 2 }))
          .statusCode,
      ).toBe(201);
      const full = await s.call('/activations', {
        key: small.key,
        identifier: 'BIGGER',
        quantity: 2,
      });
      expect(full.statusCode).toBe(409);
      expect(full.json().error.code).toBe('SEATS_EXHAUSTED');
      expect(
        (await s.call('/activations', { key: small.key, identifier: 'FITS', quantity: 1 }))
          .statusCode,
      ).toBe(201);

      const other = await s.call('/activations', {
        key: small.key,
        identifier: 'X',
        product: 'NOT-THIS-ONE',
      });
      expect([other.statusCode, other.json().error.code]).toEqual([422, 'PRODUCT_MISMATCH']);
      const unknown = await s.call('/activations', {
        key: 'ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ',
        identifier: 'X',
      });
      expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);

      const expired = await provisionLicense(s.t, { expiresAt: '2026-01-01T00:00:00.000Z' });
      expect(
        (await s.call('/activations', { key: expired.key, identifier: 'X' })).json().error.code,
      ).toBe('EXPIRED');
      const suspended = await provisionLicense(s.t);
      await transitionLicense(s.t.ctx, suspended.licenseId, 'suspend', CLI_ACTOR);
      const refused = await s.call('/activations', { key: suspended.key, identifier: 'X' });
      expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'SUSPENDED']);
      expect(refused.json().error.message).toMatch(/suspended.*reinstated/);
      await transitionLicense(s.t.ctx, suspended.licenseId, 'revoke', CLI_ACTOR);
      expect(
        (await s.call('/activations', { key: suspended.key, identifier: 'X' })).json().error.code,
      ).toBe('REVOKED');
    });

    it('deactivates from the software, freeing the seat, audited; a second time answers NOT_ACTIVATED', async () => {
      const { key } = await provisionLicense(s.t, { seats: 1 });
      const activation = (await s.call('/activations', { key, identifier: 'HWID-OFF' })).json()
        .activation;
      const off = await s.call('/activations/deactivate', { key, identifier: 'HWID-OFF' });
      expect(off.statusCode).toBe(200);
      expect(off.json().activation).toMatchObject({
        id: activation.id,
        deactivatedAt: TEST_NOW.toISOString(),
      });
      expect((await auditOf('activation.deactivated', activation.id))[0]).toMatchObject({
        actor_label: 'Software',
        ip: '127.0.0.2',
      });
      const again = await s.call('/activations/deactivate', { key, identifier: 'HWID-OFF' });
      expect([again.statusCode, again.json().error.code]).toEqual([404, 'NOT_ACTIVATED']);
      expect((await s.call('/activations', { key, identifier: 'HWID-NEXT' })).statusCode).toBe(201);
    });

    it('frees a heartbeat-dead seat: the dead activation ends at its deadline and a new one may take the seat', async () => {
      const { key, licenseId } = await provisionLicense(s.t, {
        seats: 1,
        heartbeatIntervalSeconds: HOUR,
      });
      const first = (await s.call('/activations', { key, identifier: 'HWID-1' })).json().activation;
      expect((await s.call('/activations', { key, identifier: 'HWID-2' })).json().error.code).toBe(
        'SEATS_EXHAUSTED',
      );

      s.t.clock.now = new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS + 1) * 1000);
      const beat = await s.call('/activations/heartbeat', { key, identifier: 'HWID-1' });
      expect([beat.statusCode, beat.json().error.code]).toEqual([409, 'HEARTBEAT_DEAD']);
      expect((await s.call('/activations', { key, identifier: 'HWID-2' })).statusCode).toBe(201);

      const revived = await s.call('/activations', { key, identifier: 'HWID-1' });
      expect(revived.json().error.code).toBe('SEATS_EXHAUSTED');
      await s.call('/activations/deactivate', { key, identifier: 'HWID-2' });
      const again = await s.call('/activations', { key, identifier: 'HWID-1' });
      expect(again.statusCode).toBe(201);
      expect(again.json().activation.id).not.toBe(first.id);
      const rows = await activationRows(licenseId);
      expect(rows.find((r) => r.id === first.id)).toMatchObject({
        deactivated_at: first.heartbeatDeadline,
        deactivated_by_label: 'Heartbeat monitor',
      });
      expect(await auditOf('activation.heartbeat_expired', first.id)).toHaveLength(1);
    });

    it('counts heartbeat-dead activations out of the dashboard, as the seat engine does', async () => {
      const admin = await s.t.signIn(NORTHWIND_ADMIN);
      const before = (await admin.get('/api/portal/dashboard')).json().kpis;
      const { key } = await provisionLicense(s.t, { heartbeatIntervalSeconds: HOUR });
      await s.call('/activations', { key, identifier: 'HWID-DASH', quantity: 2 });
      expect((await admin.get('/api/portal/dashboard')).json().kpis).toMatchObject({
        activationsInUse: before.activationsInUse + 1,
        activatedLicenses: before.activatedLicenses + 2,
      });
      s.t.clock.now = new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS + 1) * 1000);
      const later = await s.t.signIn(NORTHWIND_ADMIN);
      expect((await later.get('/api/portal/dashboard')).json().kpis).toMatchObject({
        activationsInUse: before.activationsInUse,
        activatedLicenses: before.activatedLicenses,
      });
    });

    it('gives live activations a full new interval when the vendor changes the heartbeat interval', async () => {
      const { key, productCode } = await provisionLicense(s.t);
      await s.call('/activations', { key, identifier: 'HWID-RULE' });
      const product = await s.t.ctx.db
        .selectFrom('products')
        .select('id')
        .where('code', '=', productCode)
        .executeTakeFirstOrThrow();
      await updateProduct(s.t.ctx, product.id, { heartbeatIntervalSeconds: HOUR });
      const body = (await s.call('/licenses/validate', { key, identifier: 'HWID-RULE' })).json();
      expect(body.activation.heartbeatDeadline).toBe(
        new Date(TEST_NOW.getTime() + (HOUR + HEARTBEAT_GRACE_SECONDS) * 1000).toISOString(),
      );
    });

    it('serves the portal: a member activates with quantity and project within their organization only, and deactivates by id', async () => {
      const { licenseId, organizationId } = await provisionLicense(s.t, { seats: 5 });
      const member = { userId: null, label: 'Alice Moreau', ip: '127.0.0.9' };
      const globex = await s.t.ctx.db
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', 'globex-engineering')
        .executeTakeFirstOrThrow();
      await expect(
        activateSeat(s.t.ctx, {
          license: { id: licenseId, organizationId: globex.id },
          identifier: 'SN-1',
          actor: member,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', kind: 'not_found' });

      const seat = await activateSeat(s.t.ctx, {
        license: { id: licenseId, organizationId },
        identifier: 'SN-1',
        quantity: 4,
        projectName: 'Gripper Rev D',
        projectManager: 'Priya Patel',
        actor: member,
      });
      expect(seat).toMatchObject({
        created: true,
        liveSeats: 4,
        activation: {
          quantity: 4,
          project_name: 'Gripper Rev D',
          project_manager: 'Priya Patel',
          activated_by_label: 'Alice Moreau',
        },
      });
      await expect(
        deactivateActivation(s.t.ctx, {
          target: { activationId: seat.activation.id, organizationId: globex.id },
          actor: member,
        }),
      ).rejects.toMatchObject({ code: 'NOT_ACTIVATED' });
      const ended = await deactivateActivation(s.t.ctx, {
        target: { activationId: seat.activation.id, organizationId },
        actor: member,
      });
      expect(ended).toMatchObject({
        deactivated_by_label: 'Alice Moreau',
        deactivated_at: TEST_NOW.toISOString(),
      });
      expect((await auditOf('activation.deactivated', seat.activation.id))[0]).toMatchObject({
        actor_label: 'Alice Moreau',
        ip: '127.0.0.9',
      });
    });

    it('writes the activation and its audit event in one transaction: when the audit cannot be written, no activation is', async () => {
      const { licenseId } = await provisionLicense(s.t);
      await sql`alter table audit_events rename to audit_events_hidden`.execute(s.t.ctx.db);
      try {
        await expect(
          activateSeat(s.t.ctx, {
            license: { id: licenseId },
            identifier: 'HWID-ATOMIC',
            actor: { userId: null, label: 'Software' },
          }),
        ).rejects.toThrow();
      } finally {
        await sql`alter table audit_events_hidden rename to audit_events`.execute(s.t.ctx.db);
      }
      expect(await activationRows(licenseId)).toHaveLength(0);
    });
  },
);
