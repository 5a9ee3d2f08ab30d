import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_ADMIN, NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

describe.each(await availableDialects())('column preferences on %s', (dialect) => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await t.signIn(NORTHWIND_VIEWER);
  });
  afterAll(() => t.close());

  const save = (client: Client, payload: unknown) =>
    client.request({
      method: 'PATCH',
      url: '/api/portal/preferences/columns',
      payload: payload as object,
    });
  const preferences = async (client: Client) =>
    (await client.get('/api/portal/session')).json().user.preferences;

  it('remembers the visible columns per member and table, and keeps every other preference', async () => {
    const before = await preferences(viewer);
    const response = await save(viewer, {
      table: 'members.active',
      columns: ['firstName', 'email', 'email'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ columns: { 'members.active': ['firstName', 'email'] } });
    await save(viewer, { table: 'audit', columns: [] });
    const after = await preferences(viewer);
    expect(after.columns).toEqual({ 'members.active': ['firstName', 'email'], audit: [] });
    expect({ ...after, columns: undefined }).toEqual({ ...before, columns: undefined });
    expect((await preferences(await t.signIn(NORTHWIND_ADMIN))).columns).toEqual({});
  });

  it('refuses malformed table ids and column names with 400', async () => {
    for (const payload of [
      { table: '', columns: [] },
      { table: 'x'.repeat(41), columns: [] },
      { table: 'audit', columns: ['<script>'] },
      { table: 'audit' },
    ]) {
      const response = await save(viewer, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
    }
  });
});
