import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { breakAuditWrites } from '../../support/audit-sabotage.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf, userIdOf } from '../../support/portal-fixtures.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const PRIYA = 'priya.patel@northwind.example';
const TOMAS = 'tomas.berg@northwind.example';
const GINA = 'gina.admin@globex.example';

describe.each(await availableDialects())('member roles and removal on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let northwind: number;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
  });
  afterEach(() => t.close());

  const patchRole = async (client: Client, email: string, role: string) =>
    client.request({
      method: 'PATCH',
      url: `/api/portal/members/${await userIdOf(t.ctx, email)}`,
      payload: { role },
    });
  const remove = async (client: Client, email: string) =>
    client.request({
      method: 'DELETE',
      url: `/api/portal/members/${await userIdOf(t.ctx, email)}`,
    });
  const roleOf = async (email: string) =>
    (
      await t.ctx.db
        .selectFrom('memberships')
        .select('role')
        .where('organization_id', '=', northwind)
        .where('user_id', '=', await userIdOf(t.ctx, email))
        .executeTakeFirst()
    )?.role;
  const lastEvent = () =>
    t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('organization_id', '=', northwind)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
  const eventCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organization_id', '=', northwind)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lets an Admin change a role, and records who, what, when and from where', async () => {
    const response = await patchRole(admin, TOMAS, 'admin');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ email: TOMAS, role: 'admin' });
    expect(await roleOf(TOMAS)).toBe('admin');
    expect(await lastEvent()).toMatchObject({
      type: 'members',
      action: 'member.role_changed',
      message: 'Alice Moreau changed the role of Tomas Berg from Viewer to Admin',
      actor_user_id: await userIdOf(t.ctx, NORTHWIND_ADMIN),
      actor_label: 'Alice Moreau',
      ip: '127.0.0.1',
      occurred_at: t.clock.now.toISOString(),
      target_type: 'user',
    });
  });

  it('records nothing when the role does not change', async () => {
    const before = await eventCount();
    expect((await patchRole(admin, TOMAS, 'viewer')).statusCode).toBe(200);
    expect(await eventCount()).toBe(before);
  });

  it('keeps the last Admin: neither demoted nor removed, by others or themselves', async () => {
    expect((await patchRole(admin, PRIYA, 'viewer')).statusCode).toBe(200);
    const before = await eventCount();
    for (const response of [
      await patchRole(admin, NORTHWIND_ADMIN, 'viewer'),
      await remove(admin, NORTHWIND_ADMIN),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({
        code: 'last_admin',
        message: expect.stringContaining('only Admin'),
      });
    }
    expect(await roleOf(NORTHWIND_ADMIN)).toBe('admin');
    expect(await eventCount()).toBe(before);
  });

  it('keeps one Admin when the last two demote each other at the same moment', async () => {
    const priya = await t.signIn(PRIYA);
    const statuses = (
      await Promise.all([
        patchRole(admin, PRIYA, 'viewer'),
        patchRole(priya, NORTHWIND_ADMIN, 'viewer'),
      ])
    ).map((r) => r.statusCode);
    // The loser is refused by the last-Admin rule, or (if the winner committed first) by her new Viewer role.
    expect(statuses.sort()[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    expect([await roleOf(NORTHWIND_ADMIN), await roleOf(PRIYA)].sort()).toEqual([
      'admin',
      'viewer',
    ]);
  });

  it('lets an Admin step down or leave while another Admin remains', async () => {
    expect((await patchRole(admin, NORTHWIND_ADMIN, 'viewer')).statusCode).toBe(200);
    expect(await roleOf(NORTHWIND_ADMIN)).toBe('viewer');
    const priya = await t.signIn(PRIYA);
    expect((await remove(priya, PRIYA)).statusCode).toBe(409);
    expect((await patchRole(priya, NORTHWIND_ADMIN, 'admin')).statusCode).toBe(200);
    expect((await remove(priya, PRIYA)).statusCode).toBe(204);
    expect((await lastEvent()).message).toBe('Priya Patel left the organization');
  });

  it('does not let a Viewer raise their own role, or anyone else’s', async () => {
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    const before = await eventCount();
    for (const response of [
      await patchRole(viewer, NORTHWIND_VIEWER, 'admin'),
      await patchRole(viewer, TOMAS, 'admin'),
      await remove(viewer, TOMAS),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    expect(await roleOf(NORTHWIND_VIEWER)).toBe('viewer');
    expect(await roleOf(TOMAS)).toBe('viewer');
    expect(await eventCount()).toBe(before);
  });

  it('removes a member: the membership goes, the account stays, the event names them', async () => {
    expect((await remove(admin, TOMAS)).statusCode).toBe(204);
    expect(await roleOf(TOMAS)).toBeUndefined();
    expect(await userIdOf(t.ctx, TOMAS)).toEqual(expect.any(Number));
    expect(await lastEvent()).toMatchObject({
      action: 'member.removed',
      message: 'Alice Moreau removed Tomas Berg',
    });
    expect((await remove(admin, TOMAS)).statusCode).toBe(404);
  });

  it('answers 404 for a member of another organization, as for a missing one', async () => {
    for (const response of [await patchRole(admin, GINA, 'viewer'), await remove(admin, GINA)]) {
      expect(response.statusCode).toBe(404);
    }
    expect(
      (
        await admin.request({
          method: 'PATCH',
          url: '/api/portal/members/999999',
          payload: { role: 'viewer' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses bad input with 400 and the field', async () => {
    const badRole = await patchRole(admin, TOMAS, 'owner');
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields).toHaveProperty('role');
    expect(
      (
        await admin.request({
          method: 'PATCH',
          url: '/api/portal/members/abc',
          payload: { role: 'viewer' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.request({
          method: 'PATCH',
          url: '/api/portal/members/99999999999',
          payload: { role: 'viewer' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.request({
          method: 'DELETE',
          url: '/api/portal/members/invitations/99999999999',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('changes nothing when its audit event cannot be written', async () => {
    const restore = await breakAuditWrites(t.ctx);
    try {
      expect((await patchRole(admin, TOMAS, 'admin')).statusCode).toBe(500);
      expect((await remove(admin, TOMAS)).statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await roleOf(TOMAS)).toBe('viewer');
  });
});
