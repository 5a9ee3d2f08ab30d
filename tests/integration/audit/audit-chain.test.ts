import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf } from '../../support/portal-fixtures.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('audit chain verification on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let eventIds: number[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
    const northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    eventIds = (
      await t.ctx.db
        .selectFrom('audit_events')
        .select('id')
        .where('organization_id', '=', northwind)
        .orderBy('id')
        .execute()
    ).map((e) => e.id);
  });
  afterEach(() => t.close());

  const verify = async (client = admin) => {
    const response = await client.post('/api/portal/audit-events/verify');
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('reports an untouched chain intact, with its head to note for later', async () => {
    const last = await t.ctx.db
      .selectFrom('audit_events')
      .select(['id', 'hash', 'occurred_at'])
      .where('id', '=', eventIds.at(-1)!)
      .executeTakeFirstOrThrow();
    expect(await verify()).toEqual({
      intact: true,
      checkedEvents: eventIds.length,
      head: { id: last.id, hash: last.hash, occurredAt: last.occurred_at },
      firstBrokenEvent: null,
    });
  });

  it('finds an event whose message was altered in the database', async () => {
    const altered = eventIds[3];
    await sql`update audit_events set message = 'Nothing happened here' where id = ${altered}`.execute(
      t.ctx.db,
    );
    expect(await verify()).toMatchObject({
      intact: false,
      checkedEvents: 3,
      firstBrokenEvent: { id: altered, reason: 'altered' },
    });
  });

  it('finds an altered actor or time as well', async () => {
    await sql`update audit_events set occurred_at = '2020-01-01T00:00:00.000Z' where id = ${eventIds[5]}`.execute(
      t.ctx.db,
    );
    await sql`update audit_events set actor_label = 'Someone else' where id = ${eventIds[2]}`.execute(
      t.ctx.db,
    );
    expect((await verify()).firstBrokenEvent).toMatchObject({ id: eventIds[2], reason: 'altered' });
  });

  it('finds a removed event: the next one no longer follows its predecessor', async () => {
    await sql`delete from audit_events where id = ${eventIds[4]}`.execute(t.ctx.db);
    expect(await verify()).toMatchObject({
      intact: false,
      checkedEvents: 4,
      firstBrokenEvent: { id: eventIds[5], reason: 'predecessor_missing' },
    });
  });

  it('finds the removal of the very first event', async () => {
    await sql`delete from audit_events where id = ${eventIds[0]}`.execute(t.ctx.db);
    expect(await verify()).toMatchObject({
      intact: false,
      checkedEvents: 0,
      firstBrokenEvent: { id: eventIds[1], reason: 'predecessor_missing' },
    });
  });

  it('finds an event whose hash was recomputed to hide an edit', async () => {
    const { chainHash } = await import('../../../src/server/audit/audit-chain.js');
    const row = await t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '=', eventIds[6])
      .executeTakeFirstOrThrow();
    const forged = chainHash(row.prev_hash, { ...row, message: 'Forged' });
    await sql`update audit_events set message = 'Forged', hash = ${forged} where id = ${row.id}`.execute(
      t.ctx.db,
    );
    expect((await verify()).firstBrokenEvent).toMatchObject({
      id: eventIds[7],
      reason: 'predecessor_missing',
    });
  });

  it('checks each organization’s chain on its own', async () => {
    const globex = await organizationIdOf(t.ctx, 'globex-engineering');
    await sql`update audit_events set message = 'tampered' where organization_id = ${globex}`.execute(
      t.ctx.db,
    );
    expect((await verify()).intact).toBe(true);
    expect((await verify(await t.signIn(GLOBEX_ADMIN))).intact).toBe(false);
  });

  it('is for Admins only', async () => {
    expect(
      (await (await t.signIn(NORTHWIND_VIEWER)).post('/api/portal/audit-events/verify')).statusCode,
    ).toBe(403);
  });
});
