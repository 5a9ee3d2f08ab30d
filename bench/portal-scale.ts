import type { DialectName } from '../src/server/db/dialect.js';
import type { BenchServer } from './bench-app.js';
import { timeSequential, type ResultRow } from './measure.js';

/** Portal reads at scale and their p95 budgets (issue #9). Add a row with every list endpoint. */
const PORTAL_READS: { name: string; url: string; budgetMs: number }[] = [
  { name: 'dashboard', url: '/api/portal/dashboard', budgetMs: 50 },
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
