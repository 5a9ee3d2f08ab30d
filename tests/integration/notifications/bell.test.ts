import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNotificationJob } from '../../../src/server/jobs/notification-job.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('in-portal notifications on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    // Alice: two notices about Northwind licenses and one about Globex's.
    await runNotificationJob(t.ctx);
  });
  afterEach(() => t.close());

  it('lists the member’s notifications newest first with the unread count', async () => {
    const client = await t.signIn(NORTHWIND_ADMIN);
    const { items, unreadCount } = (await client.get('/api/portal/notifications')).json();
    expect(unreadCount).toBe(3);
    expect(items.map((n: { organizationName: string }) => n.organizationName).sort()).toEqual([
      'Globex Engineering',
      'Northwind Robotics',
      'Northwind Robotics',
    ]);
    expect(items[0]).toMatchObject({ link: '/licenses', read: false });
  });

  it('marks listed notifications read, then all, and never another member’s', async () => {
    const alice = await t.signIn(NORTHWIND_ADMIN);
    const gina = await t.signIn(GLOBEX_ADMIN);
    const ginas = (await gina.get('/api/portal/notifications')).json();
    const { items } = (await alice.get('/api/portal/notifications')).json();

    expect(
      (
        await alice.post('/api/portal/notifications/read', {
          ids: [items[0].id, ginas.items[0].id],
        })
      ).json(),
    ).toEqual({ unreadCount: 2 });
    expect((await gina.get('/api/portal/notifications')).json().unreadCount).toBe(
      ginas.unreadCount,
    );
    expect((await alice.post('/api/portal/notifications/read', {})).json()).toEqual({
      unreadCount: 0,
    });
    expect(
      (await alice.get('/api/portal/notifications'))
        .json()
        .items.every((n: { read: boolean }) => n.read),
    ).toBe(true);
  });

  it('hides notifications about an organization the member has left', async () => {
    const globex = await t.ctx.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'globex-engineering')
      .executeTakeFirstOrThrow();
    const alice = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', NORTHWIND_ADMIN)
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .deleteFrom('memberships')
      .where('organization_id', '=', globex.id)
      .where('user_id', '=', alice.id)
      .execute();
    const { items, unreadCount } = (
      await (await t.signIn(NORTHWIND_ADMIN)).get('/api/portal/notifications')
    ).json();
    expect(unreadCount).toBe(2);
    expect(items.map((n: { organizationName: string }) => n.organizationName)).toEqual([
      'Northwind Robotics',
      'Northwind Robotics',
    ]);
  });
});
