import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor } from '../../../src/server/authz/policy.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import {
  createTestApp,
  EVERY_ROUTE_TIMEOUT_MS,
  type Client,
  type TestApp,
} from '../../support/test-app.js';
import { ROUTE_CASES } from './route-cases.js';
import { northwindIds, type SeedIds } from './seed-ids.js';

const viewerActor: Actor = { userId: 0, organizationId: 0, role: 'viewer', label: 'viewer' };

describe.each(await availableDialects())('every portal route × role on %s', (dialect) => {
  let t: TestApp;
  let ids: SeedIds;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ids = await northwindIds(t.ctx);
  });
  afterAll(() => t.close());

  const send = (client: Client, method: string, url: string, payload?: unknown) =>
    client.request({
      method: method as 'GET',
      url,
      ...(method === 'GET' ? {} : { payload: (payload ?? {}) as object }),
    });

  it('has a case for every registered route', () => {
    const missing = t.portalRoutes
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !ROUTE_CASES[key]);
    expect(missing, 'add these routes to tests/integration/authz/route-cases.ts').toEqual([]);
  });

  it(
    'enforces anonymous, Viewer, Admin and foreign-Admin access on every route',
    async () => {
      for (const route of t.portalRoutes) {
        const key = `${route.method} ${route.url}`;
        const routeCase = ROUTE_CASES[key];
        if (!routeCase) continue;
        const { url, payload } = routeCase.request(ids);

        const anonymous = await send(t.anonymous, route.method, url, payload);
        const succeeds = (status: number, what: string) =>
          routeCase.allowedStatus
            ? expect(status, what).toBe(routeCase.allowedStatus)
            : expect(status, what).toBeLessThan(400);
        if (route.access === 'public')
          succeeds(anonymous.statusCode, `${key} anonymous: ${anonymous.body}`);
        else expect(anonymous.statusCode, `${key} anonymous`).toBe(401);
        if (route.access === 'public') continue;

        const viewer = await send(await t.signIn(NORTHWIND_VIEWER), route.method, url, payload);
        const viewerAllowed = route.access === 'signedIn' || can(viewerActor, route.access);
        if (viewerAllowed)
          expect([401, 403], `${key} viewer: ${viewer.body}`).not.toContain(viewer.statusCode);
        else expect(viewer.statusCode, `${key} viewer`).toBe(403);

        if (routeCase.namesRecord) {
          const foreign = await send(await t.signIn(GLOBEX_ADMIN), route.method, url, payload);
          expect(foreign.statusCode, `${key} admin of another organization: ${foreign.body}`).toBe(
            404,
          );
        }

        const admin = await send(await t.signIn(NORTHWIND_ADMIN), route.method, url, payload);
        succeeds(admin.statusCode, `${key} admin: ${admin.body}`);
      }
    },
    EVERY_ROUTE_TIMEOUT_MS,
  );
});
