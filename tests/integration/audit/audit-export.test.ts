import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventItem } from '../../../src/common/audit-api.js';
import { chainHash, GENESIS_HASH } from '../../../src/server/audit/audit-chain.js';
import { availableDialects } from '../../support/databases.js';
import { NORTHWIND_VIEWER } from '../../support/demo-users.js';
import { parseCsv } from '../../support/parse-csv.js';
import { addAuditEvents, organizationIdOf, userIdOf } from '../../support/portal-fixtures.js';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.js';

const IAN = 'ian.admin@initech.example';
const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1:A9)'];

describe.each(await availableDialects())('audit exports on %s', (dialect) => {
  let t: TestApp;
  let ian: Client;
  let ianId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const initech = await organizationIdOf(t.ctx, 'initech-labs');
    ianId = await userIdOf(t.ctx, IAN);
    // More than two export batches (1000 rows each), so streaming crosses batch edges.
    await addAuditEvents(t.ctx, initech, [
      ...Array.from({ length: 2300 }, (_, i) => ({
        at: new Date(Date.parse('2026-03-01T00:00:00.000Z') + i * 60_000),
        type: i % 2 ? ('licenses' as const) : ('downloads' as const),
        message: `Bulk event ${i}, with "quotes", commas\nand a line break`,
      })),
      ...HOSTILE.map((message, i) => ({
        at: new Date(`2026-06-0${i + 1}T08:00:00.000Z`),
        type: 'members' as const,
        message,
        actor: { userId: ianId, label: HOSTILE[3 - i] },
      })),
    ]);
    ian = await t.signIn(IAN);
  });
  afterAll(() => t.close());

  const listed = async (query: string) => {
    const items: AuditEventItem[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: AuditEventItem[]; nextCursor: string | null } = (
        await ian.get(
          `/api/portal/audit-events?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  it('exports exactly the filtered rows of the view, in its order, with every column', async () => {
    const query = 'type=licenses&from=2026-03-01&to=2026-03-02';
    const response = await ian.get(`/api/portal/audit-events/export.csv?${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="initech-labs-audit-events-2026-06-15.csv"',
    );
    const [header, ...rows] = parseCsv(response.body);
    expect(header).toEqual([
      'Date & Time (Europe/Berlin)',
      'Message',
      'Type',
      'User',
      'User ID',
      'Action',
      'IP Address',
      'Target Type',
      'Target ID',
      'Occurred At (UTC)',
      'Event ID',
    ]);
    const expected = await listed(query);
    expect(expected.length).toBeGreaterThan(1000);
    expect(rows.map((r) => Number(r[10]))).toEqual(expected.map((e) => e.id));
    expect(rows.map((r) => r[1])).toEqual(expected.map((e) => e.message));
    expect(rows[rows.length - 1]).toEqual([
      '01 Mar 2026, 01:01:00',
      'Bulk event 1, with "quotes", commas\nand a line break',
      'Licenses',
      'Software',
      '',
      'fixture.event',
      '',
      '',
      '',
      '2026-03-01T00:01:00.000Z',
      String(expected.at(-1)!.id),
    ]);
  });

  it('exports every event when no filter is set, across batch edges', async () => {
    const rows = parseCsv((await ian.get('/api/portal/audit-events/export.csv')).body).slice(1);
    const everything = await listed('');
    expect(rows.map((r) => Number(r[10]))).toEqual(everything.map((e) => e.id));
  });

  it('neutralises spreadsheet formulas in every cell', async () => {
    const rows = parseCsv(
      (await ian.get('/api/portal/audit-events/export.csv?type=members&from=2026-06-01')).body,
    ).slice(1);
    expect(rows.map((r) => [r[1], r[3]])).toEqual(
      [...HOSTILE].reverse().map((message, i) => [`'${message}`, `'${HOSTILE[i]}`]),
    );
  });

  it('exports JSON lines with the same filters, each event with its hashes', async () => {
    const response = await ian.get('/api/portal/audit-events/export.jsonl?type=members');
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="initech-labs-audit-events-2026-06-15.jsonl"',
    );
    const lines = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual((await listed('type=members')).map((e) => e.id));
    expect(lines[0]).toMatchObject({
      type: 'members',
      message: HOSTILE[3],
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('lets an unfiltered JSON lines export be verified offline', async () => {
    const lines = (await ian.get('/api/portal/audit-events/export.jsonl')).body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    let previous = GENESIS_HASH;
    for (const line of lines.sort((a, b) => a.id - b.id)) {
      expect(line.prevHash).toBe(previous);
      const fields = {
        organization_id: line.organizationId,
        occurred_at: line.occurredAt,
        type: line.type,
        action: line.action,
        message: line.message,
        actor_user_id: line.actorUserId,
        actor_label: line.actorLabel,
        ip: line.ip,
        target_type: line.targetType,
        target_id: line.targetId,
        metadata: line.metadata,
      };
      expect(chainHash(previous, fields)).toBe(line.hash);
      previous = line.hash;
    }
  });

  it('is for Admins only, and refuses bad filters with 400', async () => {
    const viewer = await t.signIn(NORTHWIND_VIEWER);
    for (const format of ['csv', 'jsonl']) {
      expect((await viewer.get(`/api/portal/audit-events/export.${format}`)).statusCode).toBe(403);
      expect(
        (await ian.get(`/api/portal/audit-events/export.${format}?from=2026-02-30x`)).statusCode,
      ).toBe(400);
      expect(
        (await ian.get(`/api/portal/audit-events/export.${format}?cursor=abc`)).statusCode,
      ).toBe(400);
    }
  });
});
