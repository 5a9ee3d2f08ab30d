import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberItem } from '../../../src/common/members-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN, NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('members list on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  const emails = async (query: string, client = viewer) => {
    const response = await client.get(`/api/portal/members${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as MemberItem[]).map((m) => m.email.split('@')[0]);
  };

  it('lists the active members of the organization to any member, sorted by first name', async () => {
    const body = (await viewer.get('/api/portal/members')).json();
    expect(body.nextCursor).toBeNull();
    expect(body.items.map((m: MemberItem) => m.firstName)).toEqual([
      'Alice',
      'Priya',
      'Tomas',
      'Victor',
    ]);
    expect(body.items[0]).toEqual({
      userId: expect.any(Number),
      firstName: 'Alice',
      lastName: 'Moreau',
      email: NORTHWIND_ADMIN,
      role: 'admin',
      phone: '+1 415 555 0101',
      joinedAt: expect.stringMatching(/Z$/),
    });
    expect(body).not.toHaveProperty('total');
  });

  it('filters by role', async () => {
    expect(await emails('?role=admin')).toEqual(['alice.admin', 'priya.patel']);
    expect(await emails('?role=viewer')).toEqual(['tomas.berg', 'victor.viewer']);
  });

  it('searches within the chosen scope: name (first, last or both), email, phone', async () => {
    expect(await emails('?scope=name&q=PATEL')).toEqual(['priya.patel']);
    expect(await emails('?scope=name&q=victor%20chen')).toEqual(['victor.viewer']);
    expect(await emails('?q=mor')).toEqual(['alice.admin']);
    expect(await emails('?scope=email&q=viewer@north')).toEqual(['victor.viewer']);
    expect(await emails('?scope=email&q=Patel')).toEqual(['priya.patel']);
    expect(await emails('?scope=phone&q=555%2001')).toEqual([
      'alice.admin',
      'tomas.berg',
      'victor.viewer',
    ]);
    expect(await emails('?scope=phone&q=0199')).toEqual(['tomas.berg']);
    expect(await emails('?scope=name&q=0199')).toEqual([]);
  });

  it('takes LIKE wildcards in the search literally', async () => {
    expect(await emails('?scope=email&q=%25')).toEqual([]);
    expect(await emails('?scope=email&q=_')).toEqual([]);
    expect(await emails('?scope=email&q=.')).toHaveLength(4);
  });

  it('combines role and search', async () => {
    expect(await emails('?role=viewer&scope=phone&q=555')).toEqual(['tomas.berg', 'victor.viewer']);
    expect(await emails('?role=admin&scope=phone&q=555')).toEqual(['alice.admin']);
  });

  it('sorts by each sortable column, both ways', async () => {
    expect(await emails('?sort=lastName&direction=asc')).toEqual([
      'tomas.berg',
      'victor.viewer',
      'alice.admin',
      'priya.patel',
    ]);
    expect(await emails('?sort=email&direction=desc')).toEqual([
      'victor.viewer',
      'tomas.berg',
      'priya.patel',
      'alice.admin',
    ]);
    // Admins first; ties in seed (user id) order.
    expect(await emails('?sort=role&direction=asc')).toEqual([
      'alice.admin',
      'priya.patel',
      'victor.viewer',
      'tomas.berg',
    ]);
  });

  it('pages with a cursor: exact page size, last page, and no overlap', async () => {
    const first = (await viewer.get('/api/portal/members?limit=3')).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await viewer.get(`/api/portal/members?limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((m: MemberItem) => m.firstName)).toEqual(['Victor']);
    expect(second.nextCursor).toBeNull();
    const exact = (await viewer.get('/api/portal/members?limit=4')).json();
    expect(exact.items).toHaveLength(4);
    expect(exact.nextCursor).toBeNull();
  });

  it('refuses a bad cursor, page size, role, scope or sort with 400 and the field', async () => {
    for (const [query, field] of [
      ['?cursor=not-a-cursor', 'cursor'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?role=owner', 'role'],
      ['?scope=address', 'scope'],
      ['?sort=phone', 'sort'],
      ['?unknown=1', 'unknown'],
    ] as const) {
      const response = await viewer.get(`/api/portal/members${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys(response.json().error.fields ?? {}), query).toContain(field);
    }
  });

  it('shows each organization only its own members', async () => {
    const globex = await emails('', await t.signIn(GLOBEX_ADMIN));
    expect(globex).toEqual(['alice.admin', 'gina.admin']);
  });

  it('lists open invitations (expired ones marked) with role filter and email search', async () => {
    const body = (await viewer.get('/api/portal/members/invitations')).json();
    expect(body.items.map((i: { email: string; status: string }) => [i.email, i.status])).toEqual([
      ['sam.okafor@northwind.example', 'pending'],
      ['lena.fischer@northwind.example', 'pending'],
      ['contractor@partner.example', 'expired'],
    ]);
    expect(body.items[0]).toMatchObject({
      role: 'viewer',
      phone: '+1 415 555 0144',
      sendCount: 1,
      addedAt: expect.stringMatching(/Z$/),
    });
    const admins = (await viewer.get('/api/portal/members/invitations?role=admin')).json();
    expect(admins.items.map((i: { email: string }) => i.email)).toEqual([
      'lena.fischer@northwind.example',
    ]);
    const search = (await viewer.get('/api/portal/members/invitations?q=PARTNER')).json();
    expect(search.items.map((i: { email: string }) => i.email)).toEqual([
      'contractor@partner.example',
    ]);
    const paged = (await viewer.get('/api/portal/members/invitations?limit=2')).json();
    const rest = (
      await viewer.get(`/api/portal/members/invitations?limit=2&cursor=${paged.nextCursor}`)
    ).json();
    expect([...paged.items, ...rest.items].map((i: { id: number }) => i.id)).toEqual(
      body.items.map((i: { id: number }) => i.id),
    );
    expect(rest.nextCursor).toBeNull();
  });
});
