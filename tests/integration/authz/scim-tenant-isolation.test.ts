import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { userIdOf } from '../../support/portal-fixtures.js';
import {
  createScimToken,
  PATCH_OP,
  scimClient,
  userNameFilter,
} from '../../support/scim-client.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * Every SCIM operation with another organization's token, aimed at a Northwind member:
 * each answers as if the member did not exist, and nothing changes.
 */
describe.each(await availableDialects())('SCIM tenant isolation on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('never lets one organization’s token read or change another’s members', async () => {
    const globex = scimClient(t, await createScimToken(await t.signIn(GLOBEX_ADMIN)));
    const victor = await userIdOf(t.ctx, NORTHWIND_VIEWER);
    const alice = await userIdOf(t.ctx, NORTHWIND_ADMIN);
    const before = await t.ctx.db.selectFrom('memberships').selectAll().orderBy('id').execute();

    const listed = (await globex.get('/Users')).json().Resources as { userName: string }[];
    expect(listed.map((u) => u.userName)).not.toContain(NORTHWIND_VIEWER);
    expect((await globex.get(userNameFilter(NORTHWIND_VIEWER))).json().totalResults).toBe(0);
    const cases = [
      await globex.get(`/Users/${victor}`),
      await globex.put(`/Users/${victor}`, { userName: NORTHWIND_VIEWER, active: false }),
      await globex.patch(`/Users/${victor}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      }),
      await globex.delete(`/Users/${victor}`),
    ];
    for (const response of cases) expect(response.statusCode, response.body).toBe(404);
    const grant = await globex.patch('/Groups/admins', {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: 'members', value: [{ value: String(victor) }] }],
    });
    expect(grant.statusCode).toBe(400);
    const admins = (await globex.get('/Groups/admins')).json().members as { value: string }[];
    expect(admins.map((m) => m.value)).not.toContain(String(alice));
    // Alice is a Globex Viewer: Globex's SCIM sees her there, and its changes stay in Globex.
    expect((await globex.get(`/Users/${alice}`)).json().groups[0].value).toBe('viewers');

    expect(await t.ctx.db.selectFrom('memberships').selectAll().orderBy('id').execute()).toEqual(
      before,
    );
  });
});
