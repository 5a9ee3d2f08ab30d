import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { organizationIdOf, userIdOf } from '../../support/portal-fixtures.js';
import {
  createScimToken,
  PATCH_OP,
  SCIM_ERROR,
  scimClient,
  userNameFilter,
} from '../../support/scim-client.js';
import { auditActions } from '../../support/sso-flow.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const NEW_HIRE = 'nia.hart@northwind.example';

/** What an Okta or Entra ID provisioning run sends, on the organization's SCIM service. */
describe.each(await availableDialects())('SCIM provisioning on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let scim: ReturnType<typeof scimClient>;
  let northwind: number;
  beforeEach(async () => {
    t = await createTestApp(dialect, { env: { PUBLIC_URL: 'http://portal.test' } });
    admin = await t.signIn(NORTHWIND_ADMIN);
    northwind = await organizationIdOf(t.ctx, 'northwind-robotics');
    scim = scimClient(t, await createScimToken(admin));
  });
  afterEach(() => t.close());

  const memberEmails = async () =>
    ((await admin.get('/api/portal/members?limit=100')).json().items as { email: string }[]).map(
      (m) => m.email,
    );
  const expectScimError = (
    response: { statusCode: number; json: () => unknown },
    status: number,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ schemas: [SCIM_ERROR], status: String(status) });
  };

  it('creates a user after the filter lookup, deactivates and reactivates them (Okta)', async () => {
    const lookup = await scim.get(userNameFilter(NEW_HIRE));
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json()).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await scim.post('/Users', {
      schemas: [USER_SCHEMA],
      userName: NEW_HIRE,
      name: { givenName: 'Nia', familyName: 'Hart' },
      emails: [{ primary: true, value: NEW_HIRE, type: 'work' }],
      externalId: '00u1abcd',
      active: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['content-type']).toContain('application/scim+json');
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({
      userName: NEW_HIRE,
      active: true,
      externalId: '00u1abcd',
    });
    expect(await memberEmails()).toContain(NEW_HIRE);

    const found = await scim.get(userNameFilter(NEW_HIRE));
    expect(found.json()).toMatchObject({
      totalResults: 1,
      Resources: [{ id, userName: NEW_HIRE }],
    });
    expect(
      (await scim.post('/Users', { schemas: [USER_SCHEMA], userName: NEW_HIRE })).statusCode,
    ).toBe(409);

    const off = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect(await memberEmails()).not.toContain(NEW_HIRE);
    expect((await scim.get(`/Users/${id}`)).json().active).toBe(false);

    // Entra ID's form: "Replace" with the boolean as a string.
    const on = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'True' }],
    });
    expect(on.json().active).toBe(true);
    expect(await memberEmails()).toContain(NEW_HIRE);
    expect(await auditActions(t.ctx, northwind)).toEqual(
      expect.arrayContaining([
        'scim.token_created',
        'scim.member_created',
        'scim.member_deactivated',
        'scim.member_reactivated',
      ]),
    );
  });

  it('ends a deactivated member’s sessions at once and frees nothing else', async () => {
    const victorId = await userIdOf(t.ctx, NORTHWIND_VIEWER);
    const victor = await t.signIn(NORTHWIND_VIEWER);
    expect((await victor.get('/api/portal/session')).statusCode).toBe(200);
    const seatsBefore = await t.ctx.db
      .selectFrom('license_assignments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const off = await scim.put(`/Users/${victorId}`, {
      schemas: [USER_SCHEMA],
      userName: NORTHWIND_VIEWER,
      active: false,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await victor.get('/api/portal/session')).statusCode).toBe(401);
    const seatsAfter = await t.ctx.db
      .selectFrom('license_assignments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(seatsAfter.count)).toBe(Number(seatsBefore.count));
  });

  it('maps the Admins and Viewers groups to roles, and never removes the last Admin', async () => {
    const groups = await scim.get(
      `/Groups?filter=${encodeURIComponent('displayName eq "Admins"')}`,
    );
    expect(groups.statusCode, groups.body).toBe(200);
    expect(groups.json().Resources).toHaveLength(1);
    const adminsGroup = groups.json().Resources[0] as { id: string; members: { value: string }[] };
    const aliceId = String(await userIdOf(t.ctx, NORTHWIND_ADMIN));
    const victorId = String(await userIdOf(t.ctx, NORTHWIND_VIEWER));
    expect(adminsGroup.members.map((m) => m.value)).toContain(aliceId);

    const add = await scim.patch(`/Groups/${adminsGroup.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'add', path: 'members', value: [{ value: victorId }] }],
    });
    expect(add.statusCode, add.body).toBe(200);
    expect((await scim.get(`/Users/${victorId}`)).json().groups).toEqual([
      expect.objectContaining({ value: 'admins' }),
    ]);

    const remove = await scim.patch(`/Groups/${adminsGroup.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'remove', path: `members[value eq "${victorId}"]` }],
    });
    expect(remove.statusCode, remove.body).toBe(200);
    const members = (await admin.get('/api/portal/members?limit=100')).json().items as {
      email: string;
      role: string;
    }[];
    expect(members.find((m) => m.email === NORTHWIND_VIEWER)?.role).toBe('viewer');

    // Okta's full push: Alice stays the only Admin; then she cannot go.
    const onlyAlice = await scim.patch(`/Groups/${adminsGroup.id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', path: 'members', value: [{ value: aliceId }] }],
    });
    expect(onlyAlice.statusCode, onlyAlice.body).toBe(200);
    expect(onlyAlice.json().members.map((m: { value: string }) => m.value)).toEqual([aliceId]);
    expectScimError(
      await scim.patch(`/Groups/${adminsGroup.id}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'remove', path: `members[value eq "${aliceId}"]` }],
      }),
      409,
    );
    expectScimError(await scim.delete(`/Users/${aliceId}`), 409);
    expectScimError(
      await scim.patch(`/Users/${aliceId}`, {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      }),
      409,
    );
    expect(await memberEmails()).toContain(NORTHWIND_ADMIN);
  });

  it('deletes a member: the membership and sessions end, the account stays', async () => {
    const victorId = await userIdOf(t.ctx, NORTHWIND_VIEWER);
    const victor = await t.signIn(NORTHWIND_VIEWER);
    expect((await scim.delete(`/Users/${victorId}`)).statusCode).toBe(204);
    expect(await memberEmails()).not.toContain(NORTHWIND_VIEWER);
    expect((await victor.get('/api/portal/session')).statusCode).toBe(401);
    expectScimError(await scim.get(`/Users/${victorId}`), 404);
    expect(await auditActions(t.ctx, northwind)).toContain('scim.member_removed');
  });

  it('answers bad requests with SCIM errors and 4xx, never 500', async () => {
    expectScimError(
      await scim.post('/Users', { schemas: [USER_SCHEMA], name: { givenName: 'X' } }),
      400,
    );
    expectScimError(await scim.post('/Users', '{"userName": '), 400);
    expectScimError(await scim.post('/Users', []), 400);
    expectScimError(await scim.get(`/Users?filter=${encodeURIComponent('userName zz "x"')}`), 400);
    expectScimError(
      await scim.patch('/Users/1', { schemas: [PATCH_OP], Operations: [{ op: 'jump' }] }),
      400,
    );
    expectScimError(await scim.get('/Users/not-a-number'), 404);
    expectScimError(await scim.get('/Users/99999999999999'), 404);
    expectScimError(await scim.get('/Nothing'), 404);
    expectScimError(await scim.delete('/Groups/admins'), 403);
    expectScimError(
      await scim.post('/Groups', {
        schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
        displayName: 'Owners',
      }),
      403,
    );
    const renamed = await scim.put(`/Users/${await userIdOf(t.ctx, NORTHWIND_VIEWER)}`, {
      schemas: [USER_SCHEMA],
      userName: 'someone.else@northwind.example',
    });
    expectScimError(renamed, 400);
    expect(renamed.json().scimType).toBe('mutability');
  });

  it('needs a live token: none, a wrong one or a revoked one get 401', async () => {
    expectScimError(await scimClient(t, undefined).get('/Users'), 401);
    expectScimError(await scimClient(t, 'scim_wrong').get('/Users'), 401);
    const token = await createScimToken(admin, 'Entra ID');
    const list = (await admin.get('/api/portal/scim/tokens')).json().items as {
      id: number;
      name: string;
      hint: string;
    }[];
    expect(JSON.stringify(list)).not.toContain(token);
    const entra = list.find((item) => item.name === 'Entra ID')!;
    expect(entra.hint).toBe(token.slice(-4));
    expect((await scimClient(t, token).get('/Users')).statusCode).toBe(200);
    expect(
      (await admin.request({ method: 'DELETE', url: `/api/portal/scim/tokens/${entra.id}` }))
        .statusCode,
    ).toBe(200);
    expectScimError(await scimClient(t, token).get('/Users'), 401);
    expect(await auditActions(t.ctx, northwind)).toContain('scim.token_revoked');
  });
});
