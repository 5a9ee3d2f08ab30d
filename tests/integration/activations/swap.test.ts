import { describe, expect, it } from 'vitest';
import type { ActivationDetail } from '../../../src/common/activations-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';

describe.each(await availableDialects())('swapping a machine in one step on %s', (dialect) => {
  const s = licensingSuite(dialect);

  const activate = async (key: string, identifier: string, extra: Record<string, unknown> = {}) =>
    (await s.call('/activations', { key, identifier, ...extra })).json().activation.id as number;
  const swap = async (email: string, activationId: number, body: Record<string, unknown>) =>
    (await s.t.signIn(email)).post(`/api/portal/activations/${activationId}/swap`, body);
  const validationCode = async (key: string, identifier: string) =>
    (await s.call('/licenses/validate', { key, identifier })).json().code as string;
  const detail = async (activationId: number) =>
    (
      await (await s.t.signIn(NORTHWIND_ADMIN)).get(`/api/portal/activations/${activationId}`)
    ).json<ActivationDetail>();
  const openCount = async (licenseId: number) =>
    (
      await s.t.ctx.db
        .selectFrom('activations')
        .select('id')
        .where('license_id', '=', licenseId)
        .where('deactivated_at', 'is', null)
        .execute()
    ).length;

  it('deactivates the old machine and activates the new one with the same seats and project data, both audited', async () => {
    const { key, licenseId } = await provisionLicense(s.t, { seats: 1 });
    const old = await activate(key, 'HW-OLD');
    await s.t.ctx.db
      .updateTable('activations')
      .set({ project_name: 'Line 4', project_manager: 'Priya Patel' })
      .where('id', '=', old)
      .execute();

    const response = await swap(NORTHWIND_ADMIN, old, {
      identifier: 'HW-NEW',
      hostname: 'new-host',
    });
    expect(response.statusCode, response.body).toBe(201);
    const { activationId } = response.json<{ activationId: number }>();
    expect(await validationCode(key, 'HW-OLD')).toBe('NOT_ACTIVATED');
    expect(await validationCode(key, 'HW-NEW')).toBe('VALID');
    expect((await detail(old)).activation).toMatchObject({
      status: 'deactivated',
      deactivatedBy: 'Alice Moreau',
    });
    expect((await detail(activationId)).activation).toMatchObject({
      status: 'live',
      identifier: 'HW-NEW',
      hostname: 'new-host',
      quantity: 1,
      projectName: 'Line 4',
      projectManager: 'Priya Patel',
      activatedBy: 'Alice Moreau',
    });
    const actions = await s.t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', 'in', [String(old), String(activationId)])
      .where('action', 'in', ['activation.deactivated', 'activation.created'])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'activation.created',
      'activation.created',
      'activation.deactivated',
    ]);
    expect(await openCount(licenseId)).toBe(1);
  });

  it('changes nothing when the new activation is refused', async () => {
    const { key, licenseId } = await provisionLicense(s.t, { seats: 2 });
    const old = await activate(key, 'HW-KEEP');
    await activate(key, 'HW-TAKEN');
    for (const [body, status] of [
      [{ identifier: 'HW-TAKEN' }, 409],
      [{ identifier: ' HW-KEEP ' }, 400],
      [{ identifier: 'HW-KEEP' }, 400],
      [{ identifier: 'bad\u0001id' }, 400],
      [{ identifier: '' }, 400],
      [{ identifier: 'HW-X', extra: true }, 400],
    ] as const) {
      const response = await swap(NORTHWIND_ADMIN, old, body);
      expect(response.statusCode, `${JSON.stringify(body)}: ${response.body}`).toBe(status);
    }
    expect(await validationCode(key, 'HW-KEEP')).toBe('VALID');
    expect(await openCount(licenseId)).toBe(2);
  });

  it('is refused when the deactivation limit is used up, and leaves the old machine active', async () => {
    const { key, licenseId } = await provisionLicense(s.t);
    await s.t.ctx.db
      .updateTable('licenses')
      .set({ max_deactivations: 0 })
      .where('id', '=', licenseId)
      .execute();
    const old = await activate(key, 'HW-LIMITED');
    const response = await swap(NORTHWIND_ADMIN, old, { identifier: 'HW-ELSEWHERE' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('deactivation_limit');
    expect(await validationCode(key, 'HW-LIMITED')).toBe('VALID');
    expect(await validationCode(key, 'HW-ELSEWHERE')).toBe('NOT_ACTIVATED');
  });

  it("refuses a Viewer (403), another organization's Admin (404) and an activation already ended (404)", async () => {
    const { key } = await provisionLicense(s.t);
    const id = await activate(key, 'HW-GUARDED');
    expect((await swap(NORTHWIND_VIEWER, id, { identifier: 'HW-V' })).statusCode).toBe(403);
    expect((await swap(GLOBEX_ADMIN, id, { identifier: 'HW-G' })).statusCode).toBe(404);
    await s.call('/activations/deactivate', { key, identifier: 'HW-GUARDED' });
    const ended = await swap(NORTHWIND_ADMIN, id, { identifier: 'HW-LATE' });
    expect(ended.statusCode).toBe(404);
    expect(ended.json().error.code).toBe('NOT_ACTIVATED');
  });
});
