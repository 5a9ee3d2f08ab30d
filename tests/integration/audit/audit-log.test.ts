import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventItem, AuditEventType } from '../../../src/common/audit-api.js';
import { availableDialects } from '../../support/databases.js';
import { GLOBEX_ADMIN } from '../../support/demo-users.js';
import { addAuditEvents, organizationIdOf, userIdOf } from '../../support/portal-fixtures.js';
import { parseCsv } from '../../support/parse-csv.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const IAN = 'ian.admin@initech.example';
const TYPES: AuditEventType[] = [
  'members',
  'licenses',
  'activations',
  'downloads',
  'security',
  'settings',
];
const BASE = Date.parse('2026-05-01T00:00:00.000Z');
const HOUR = 3_600_000;

/** Follows every page of a list and returns all items. */
async function allItems(client: Client, url: string, limit = 17): Promise<AuditEventItem[]> {
  const items: AuditEventItem[] = [];
  let cursor: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const response = await client.get(
      `${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe.each(await availableDialects())('Audit & Event Log on %s', (dialect) => {
  let t: TestApp;
  let ian: Client;
  let all: AuditEventItem[];
  let ianId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const initech = await organizationIdOf(t.ctx, 'initech-labs');
    ianId = await userIdOf(t.ctx, IAN);
    const ianActor = { userId: ianId, label: 'Ian Walsh' };
    // 150 events, some sharing a timestamp (ties broken by id), three types, two actors.
    await addAuditEvents(t.ctx, initech, [
      ...Array.from({ length: 150 }, (_, i) => ({
        at: new Date(BASE + Math.floor(i / 3) * 7 * HOUR),
        type: TYPES[i % 3],
        message: i % 10 === 0 ? `License key revealed (${i})` : `Routine event ${i}`,
        actor: i % 4 === 0 ? ianActor : { userId: null, label: 'Software' },
      })),
      // Either side of midnight in Berlin (UTC+2 in summer) on 1/2 June.
      {
        at: new Date('2026-06-01T21:59:59.000Z'),
        type: 'settings',
        message: 'Late on the first of June',
      },
      {
        at: new Date('2026-06-01T22:00:00.000Z'),
        type: 'settings',
        message: 'Early on the second of June',
      },
      {
        at: new Date('2026-06-02T21:59:59.999Z'),
        type: 'settings',
        message: 'Last moment of the second of June',
      },
      {
        at: new Date('2026-06-02T22:00:00.000Z'),
        type: 'settings',
        message: 'First moment of the third of June',
      },
      {
        at: new Date(BASE),
        type: 'security',
        message: 'Literal 100%_done marker',
        actor: ianActor,
      },
    ]);
    ian = await t.signIn(IAN);
    all = await allItems(ian, '/api/portal/audit-events', 100);
  });
  afterAll(() => t.close());

  it('lists newest first with ties broken by id, every event exactly once across pages', async () => {
    expect(all.length).toBeGreaterThan(155);
    const keys = all.map((e) => `${e.occurredAt}#${String(e.id).padStart(9, '0')}`);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const limit of [1, 17, 50]) {
      expect(
        (await allItems(ian, '/api/portal/audit-events', limit)).map((e) => e.id),
        `limit ${limit}`,
      ).toEqual(all.map((e) => e.id));
    }
    expect(all[0]).toEqual({
      id: expect.any(Number),
      occurredAt: expect.stringMatching(/Z$/),
      message: 'Ian Walsh signed in',
      type: 'security',
      action: 'session.signed_in',
      user: 'Ian Walsh',
      userId: ianId,
      ip: '127.0.0.1',
    });
  });

  it('sorts oldest first on request', async () => {
    const ascending = await allItems(ian, '/api/portal/audit-events?direction=asc', 40);
    expect(ascending.map((e) => e.id)).toEqual(
      [...all]
        .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id)
        .map((e) => e.id),
    );
  });

  it('filters by type', async () => {
    for (const type of ['licenses', 'settings', 'downloads'] as const) {
      const filtered = await allItems(ian, `/api/portal/audit-events?type=${type}`);
      expect(
        filtered.map((e) => e.id),
        type,
      ).toEqual(all.filter((e) => e.type === type).map((e) => e.id));
    }
  });

  it('filters by user, and lists the users who appear in the log', async () => {
    const users = (await ian.get('/api/portal/audit-events/users')).json().users;
    expect(users).toEqual([{ id: ianId, name: 'Ian Walsh', email: IAN }]);
    const byIan = await allItems(ian, `/api/portal/audit-events?userId=${ianId}`);
    expect(byIan.map((e) => e.id)).toEqual(all.filter((e) => e.userId === ianId).map((e) => e.id));
    expect(byIan.length).toBeGreaterThan(30);
  });

  it('lists the actors that are not members (software, vendor) and filters by them, in the list and the export', async () => {
    const { systemActors } = (await ian.get('/api/portal/audit-events/users')).json();
    const labels = [...new Set(all.filter((e) => e.userId === null).map((e) => e.user))].sort();
    expect(labels).toContain('Software');
    expect(labels).toContain('Vendor');
    expect(systemActors).toEqual(labels);
    for (const label of labels) {
      const filtered = await allItems(
        ian,
        `/api/portal/audit-events?actor=${encodeURIComponent(label)}`,
      );
      expect(
        filtered.map((e) => e.id),
        label,
      ).toEqual(all.filter((e) => e.userId === null && e.user === label).map((e) => e.id));
    }
    const csv = await ian.get('/api/portal/audit-events/export.csv?actor=Software');
    expect(csv.statusCode).toBe(200);
    expect(parseCsv(csv.body).length - 1).toBe(
      all.filter((e) => e.userId === null && e.user === 'Software').length,
    );
    expect((await ian.get(`/api/portal/audit-events?actor=${'x'.repeat(201)}`)).statusCode).toBe(
      400,
    );
  });

  it('filters by calendar days in the member’s time zone, both ends inclusive', async () => {
    const second = await allItems(ian, '/api/portal/audit-events?from=2026-06-02&to=2026-06-02');
    expect(second.map((e) => e.message)).toEqual([
      'Last moment of the second of June',
      'Early on the second of June',
    ]);
    const fromSecond = await allItems(
      ian,
      '/api/portal/audit-events?from=2026-06-02&type=settings',
    );
    expect(fromSecond.map((e) => e.message)).toEqual([
      'First moment of the third of June',
      'Last moment of the second of June',
      'Early on the second of June',
    ]);
    const untilFirst = await allItems(ian, '/api/portal/audit-events?to=2026-06-01&type=settings');
    expect(untilFirst[0].message).toBe('Late on the first of June');
    const may = await allItems(ian, '/api/portal/audit-events?from=2026-05-10&to=2026-05-20');
    const start = Date.parse('2026-05-09T22:00:00.000Z');
    const end = Date.parse('2026-05-20T22:00:00.000Z');
    expect(may.map((e) => e.id)).toEqual(
      all
        .filter((e) => Date.parse(e.occurredAt) >= start && Date.parse(e.occurredAt) < end)
        .map((e) => e.id),
    );
    const mayOldestFirst = await allItems(
      ian,
      '/api/portal/audit-events?from=2026-05-10&to=2026-05-20&direction=asc',
    );
    expect(mayOldestFirst.map((e) => e.id)).toEqual(may.map((e) => e.id).reverse());
  });

  it('searches message and user, case-insensitively, wildcards taken literally', async () => {
    const revealed = await allItems(ian, '/api/portal/audit-events?q=KEY%20REVEALED');
    expect(revealed.map((e) => e.id)).toEqual(
      all.filter((e) => e.message.includes('key revealed')).map((e) => e.id),
    );
    expect(revealed).toHaveLength(15);
    const software = await allItems(ian, '/api/portal/audit-events?q=softw');
    expect(software.map((e) => e.id)).toEqual(
      all.filter((e) => e.user === 'Software').map((e) => e.id),
    );
    expect(
      (await allItems(ian, '/api/portal/audit-events?q=100%25_')).map((e) => e.message),
    ).toEqual(['Literal 100%_done marker']);
    expect(await allItems(ian, '/api/portal/audit-events?q=0%25d')).toEqual([]);
    expect(await allItems(ian, '/api/portal/audit-events?q=e_e')).toEqual([]);
  });

  it('combines every filter', async () => {
    const url = `/api/portal/audit-events?type=licenses&userId=${ianId}&from=2026-05-05&to=2026-05-25&q=routine`;
    const start = Date.parse('2026-05-04T22:00:00.000Z');
    const end = Date.parse('2026-05-25T22:00:00.000Z');
    const expected = all.filter(
      (e) =>
        e.type === 'licenses' &&
        e.userId === ianId &&
        Date.parse(e.occurredAt) >= start &&
        Date.parse(e.occurredAt) < end &&
        e.message.startsWith('Routine'),
    );
    expect(expected.length).toBeGreaterThan(2);
    expect((await allItems(ian, url, 2)).map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    expect((await ian.get('/api/portal/audit-events?q=no-such-text')).json()).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('refuses bad filters and page settings with 400 and the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['cursor=bm9wZQ', 'cursor'],
      ['from=2026-13-01', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-06-02&to=2026-06-01', 'from'],
      ['type=everything', 'type'],
      ['userId=abc', 'userId'],
      ['userId=99999999999', 'userId'],
      ['direction=sideways', 'direction'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=a%00b', 'q'],
      [
        `cursor=${Buffer.from(JSON.stringify(['2026-01-01', 99999999999])).toString('base64url')}`,
        'cursor',
      ],
    ] as const) {
      const response = await ian.get(`/api/portal/audit-events?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys(response.json().error.fields ?? {}), query).toContain(field);
    }
  });

  it('shows each organization only its own events', async () => {
    const globex = await allItems(await t.signIn(GLOBEX_ADMIN), '/api/portal/audit-events', 100);
    const initechIds = new Set(all.map((e) => e.id));
    expect(globex.length).toBeGreaterThan(0);
    expect(globex.some((e) => initechIds.has(e.id))).toBe(false);
    const foreignUser = (
      await (await t.signIn(GLOBEX_ADMIN)).get(`/api/portal/audit-events?userId=${ianId}`)
    ).json();
    expect(foreignUser.items).toEqual([]);
  });
});
