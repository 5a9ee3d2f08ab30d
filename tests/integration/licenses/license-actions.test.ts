import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { LicenseProductDetail, LicenseProductItem } from '../../../src/common/licenses-api.js';
import type { Page } from '../../../src/common/page.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('activating and revealing licenses on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterEach(() => t.close());

  /** Northwind's lines of a product, newest entitlement first. */
  const linesOf = async (search: string) => {
    const product = (await admin.get(`/api/portal/licenses/products?q=${search}`)).json<
      Page<LicenseProductItem>
    >().items[0];
    return (
      await admin.get(`/api/portal/licenses/products/${product.productId}`)
    ).json<LicenseProductDetail>().lines;
  };
  const activate = (client: Client, licenseId: number, body: Record<string, unknown>) =>
    client.post(`/api/portal/licenses/${licenseId}/activations`, body);
  const activationCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('activations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditActions = async () =>
    (await t.ctx.db.selectFrom('audit_events').select('action').orderBy('id').execute()).map(
      (row) => row.action,
    );
  const form = {
    quantity: 2,
    projectName: 'Gripper Rev D',
    projectManager: 'Priya Patel',
    identifier: 'HWID-NEW-0001',
  };

  it('lets an Admin activate seats through the seat engine, audited, with the seats left', async () => {
    const [line] = await linesOf('Atlas');
    const response = await activate(admin, line.licenseId, form);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ unactivated: line.unactivated - 2 });
    const stored = await t.ctx.db
      .selectFrom('activations')
      .selectAll()
      .where('id', '=', response.json<{ activationId: number }>().activationId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      quantity: 2,
      project_name: 'Gripper Rev D',
      project_manager: 'Priya Patel',
      identifier: 'HWID-NEW-0001',
      activated_by_label: 'Alice Moreau',
    });
    expect((await auditActions()).at(-1)).toBe('activation.created');
    expect((await linesOf('Atlas'))[0]).toMatchObject({
      activated: line.activated + 2,
      unactivated: line.unactivated - 2,
    });
  });

  it('refuses over-asking with the number still available, and writes nothing', async () => {
    const [line] = await linesOf('Atlas');
    const before = await activationCount();
    const response = await activate(admin, line.licenseId, {
      ...form,
      quantity: line.unactivated + 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'SEATS_EXHAUSTED',
      fields: { quantity: `at most ${line.unactivated}` },
    });
    expect(response.json().error.message).toContain(
      `only ${line.unactivated} seats of this license are still available`,
    );
    expect(await activationCount()).toBe(before);
  });

  it('refuses bad input with 400, a second activation of the same machine with 409, and inactive licenses', async () => {
    const [line] = await linesOf('Atlas');
    expect((await activate(admin, line.licenseId, { ...form, quantity: 0 })).statusCode).toBe(400);
    expect(
      (await activate(admin, line.licenseId, { ...form, projectName: '   ' })).statusCode,
    ).toBe(400);
    expect(
      (await activate(admin, line.licenseId, { ...form, identifier: 'bad id\u0001' })).statusCode,
    ).toBe(400);
    expect((await activate(admin, line.licenseId, form)).statusCode).toBe(201);
    expect((await activate(admin, line.licenseId, form)).json().error.code).toBe(
      'already_activated',
    );
    const expired = (await linesOf('Echo'))[0];
    expect((await activate(admin, expired.licenseId, form)).json().error.code).toBe('EXPIRED');
  });

  it('keeps activation to Admins and to the organization', async () => {
    const [line] = await linesOf('Atlas');
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    expect((await activate(viewer, line.licenseId, form)).statusCode).toBe(403);
    expect((await activate(await t.signIn(GLOBEX_ADMIN), line.licenseId, form)).statusCode).toBe(
      404,
    );
    expect((await activate(admin, 999999, form)).statusCode).toBe(404);
  });

  it('reveals and copies the full key to any member, auditing each, and hides other organizations keys', async () => {
    const [line] = await linesOf('Atlas');
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const revealed = await viewer.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, {
      purpose: 'reveal',
    });
    expect(revealed.statusCode).toBe(200);
    const { key } = revealed.json<{ key: string }>();
    expect(key.slice(-4)).toBe(line.maskedKey.slice(-4));
    expect(key).not.toContain('•');
    expect(
      (await viewer.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'copy' }))
        .statusCode,
    ).toBe(200);
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'message', 'type'])
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(events.map((e) => [e.type, e.action])).toEqual([
      ['licenses', 'license.key_copied'],
      ['licenses', 'license.key_revealed'],
    ]);
    expect(events[1].message).toContain(`Atlas CAD Studio license key ending ${key.slice(-4)}`);
    expect(events.map((e) => e.message).join()).not.toContain(key);
    expect(
      (
        await (
          await t.signIn(GLOBEX_ADMIN)
        ).post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'reveal' })
      ).statusCode,
    ).toBe(404);
    expect(
      (await viewer.post(`/api/portal/licenses/${line.licenseId}/reveal-key`, { purpose: 'print' }))
        .statusCode,
    ).toBe(400);
  });
});
