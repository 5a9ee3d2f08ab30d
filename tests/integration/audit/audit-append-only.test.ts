import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/server/audit/verify-chain.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import { createTestApp, EVERY_ROUTE_TIMEOUT_MS, type TestApp } from '../../support/test-app.js';
import { ROUTE_CASES } from '../authz/route-cases.js';
import { northwindIds, type SeedIds } from '../authz/seed-ids.js';

/**
 * Portal routes that may change stored rows without writing an audit event, each with the
 * reason. Any other route that changes a row must record who did what, when and from where.
 */
const CHANGES_NOTHING_AUDITABLE: Record<string, string> = {
  'POST /api/portal/auth/logout':
    'ends the caller’s own session; nothing of the organization changes',
  'POST /api/portal/session/organization':
    'chooses which organization the session shows; changes no data',
  'PATCH /api/portal/preferences/columns':
    'a view setting of the member (docs/decisions/024-column-preferences-not-audited.md)',
  'POST /api/portal/audit-events/verify':
    'reads and checks the chain; POST only so that it needs the CSRF token',
  // The walk sets up, then drops, a second factor that was never confirmed; enabling and disabling an active one are audited.
  'POST /api/portal/account/two-factor/setup':
    'stores a second-factor secret that is not in force until confirmed',
  'POST /api/portal/account/two-factor/disable':
    'here discards the unconfirmed secret of the setup step',
};

/** The log itself, and sessions, which every request touches (sign-in and sign-out are audited by their routes). */
const EXCLUDED_TABLES = new Set([
  'audit_events',
  'sessions',
  'kysely_migration',
  'kysely_migration_lock',
]);
/** SQLite's full-text index tables (migration 008) mirror the rows they index. */
const isSearchIndex = (name: string) => /_search(_|$)/.test(name);

describe.each(await availableDialects())('audit events are append-only on %s', (dialect) => {
  let t: TestApp;
  let ids: SeedIds;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ids = await northwindIds(t.ctx);
  });
  afterAll(() => t.close());

  const allEvents = () => t.ctx.db.selectFrom('audit_events').selectAll().orderBy('id').execute();

  /** Every stored row outside the audit log and the session bookkeeping, as comparable text. */
  const snapshot = async () => {
    const tables = (await t.ctx.db.introspection.getTables())
      .map((table) => table.name)
      .filter((name) => !EXCLUDED_TABLES.has(name) && !isSearchIndex(name));
    // Rows in a stable order whatever the table's key (some have no id column).
    const rows = await Promise.all(
      tables.sort().map(async (name) =>
        (
          await t.ctx.db
            .selectFrom(name as 'users')
            .selectAll()
            .execute()
        )
          .map((row) => JSON.stringify(row))
          .sort(),
      ),
    );
    return JSON.stringify(rows);
  };

  it('offers no route that updates or deletes an event', () => {
    const auditRoutes = t.portalRoutes.filter((r) => r.url.startsWith('/api/portal/audit-events'));
    expect(auditRoutes.length).toBeGreaterThan(0);
    expect(auditRoutes.filter((r) => ['PUT', 'PATCH', 'DELETE'].includes(r.method))).toEqual([]);
  });

  it(
    'records an event for every state-changing route, and no route alters or removes an earlier one',
    async () => {
      const before = await allEvents();
      const silent: string[] = [];
      for (const route of t.portalRoutes.filter((r) => r.method !== 'GET')) {
        const key = `${route.method} ${route.url}`;
        const routeCase = ROUTE_CASES[key];
        if (!routeCase) continue;
        const { url, payload } = routeCase.request(ids);
        const client = route.access === 'public' ? t.anonymous : await t.signIn(NORTHWIND_ADMIN);
        const [rowsBefore, eventsBefore] = [await snapshot(), (await allEvents()).length];
        await client.request({
          method: route.method as 'POST',
          url,
          payload: (payload ?? {}) as object,
        });
        const changed = (await snapshot()) !== rowsBefore;
        if (
          changed &&
          (await allEvents()).length === eventsBefore &&
          !CHANGES_NOTHING_AUDITABLE[key]
        )
          silent.push(key);
      }
      expect(silent, 'these routes changed state without an audit event').toEqual([]);

      const after = new Map((await allEvents()).map((event) => [event.id, event]));
      for (const event of before) expect(after.get(event.id), `event ${event.id}`).toEqual(event);
      const organizations = await t.ctx.db.selectFrom('organizations').select('id').execute();
      for (const { id } of organizations)
        expect((await verifyAuditChain(t.ctx.db, id)).intact, `organization ${id}`).toBe(true);
    },
    EVERY_ROUTE_TIMEOUT_MS,
  );
});
