import type { DialectName } from '../src/server/db/dialect.js';
import type { BenchServer } from './bench-app.js';
import { timeSequential, type ResultRow } from './measure.js';

const dayAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The Audit & Event Log over Scale Corp's 1M events: each filter, search, and the Members list. */
const AUDIT_READS = [
  { name: 'audit log, first page', url: '/api/portal/audit-events', budgetMs: 50 },
  { name: 'audit log, oldest first', url: '/api/portal/audit-events?direction=asc', budgetMs: 50 },
  { name: 'audit log, by type', url: '/api/portal/audit-events?type=downloads', budgetMs: 50 },
  { name: 'audit log, by user', url: '/api/portal/audit-events?userId=1', budgetMs: 50 },
  { name: 'audit log, 10-day range', url: `/api/portal/audit-events?from=${dayAgo(200)}&to=${dayAgo(190)}`, budgetMs: 50 },
  { name: 'audit log, common text', url: '/api/portal/audit-events?q=falcon', budgetMs: 100 },
  { name: 'audit log, rare text', url: '/api/portal/audit-events?q=event%20123456%20', budgetMs: 1500 },
  { name: 'audit log users', url: '/api/portal/audit-events/users', budgetMs: 50 },
  { name: 'members', url: '/api/portal/members', budgetMs: 50 },
];

/** Portal reads at scale and their p95 budgets (issue #9). Add a row with every list endpoint. */
const PORTAL_READS: { name: string; url: string; budgetMs: number }[] = [
  { name: 'dashboard', url: '/api/portal/dashboard', budgetMs: 50 },
  ...AUDIT_READS,
];

export async function benchPortal(server: BenchServer, dialect: DialectName): Promise<ResultRow[]> {
  const client = await server.adminClient();
  const rows: ResultRow[] = [];
  for (const read of PORTAL_READS) {
    const timing = await timeSequential(async () => (await client.get(read.url)).arrayBuffer());
    rows.push({
      bench: `portal ${read.name} p95`,
      db: dialect,
      figure: `${timing.p95.toFixed(1)} ms (p50 ${timing.p50.toFixed(1)})`,
      budget: `≤ ${read.budgetMs} ms`,
      ok: timing.p95 <= read.budgetMs,
    });
  }
  return rows;
}
