import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratorOf } from '../../../src/server/db/migrate.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('migration 008 (text search indexes) over existing rows on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn(NORTHWIND_ADMIN);
  });
  afterAll(() => t.close());

  const hostnames = async (q: string) => ((await admin.get(`/api/portal/activations?q=${q}`)).json().items as { hostname: string }[]).map((a) => a.hostname);
  const messages = async (q: string) => ((await admin.get(`/api/portal/audit-events?q=${q}`)).json().items as { message: string }[]).map((e) => e.message);

  it('goes down and up again, indexing the rows that were already there', async () => {
    const before = { hosts: await hostnames('eng-ws'), events: await messages('signed%20in') };
    expect(before.hosts.length).toBeGreaterThan(0);
    expect(before.events.length).toBeGreaterThan(0);

    const down = await migratorOf(t.ctx.db).migrateTo('007-license-activation-counters');
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([['008-text-search-indexes', 'Down', 'Success']]);
    const up = await migratorOf(t.ctx.db).migrateToLatest();
    expect(up.error).toBeUndefined();

    expect(await hostnames('eng-ws')).toEqual(before.hosts);
    expect(await messages('signed%20in')).toEqual(before.events);
  });
});
