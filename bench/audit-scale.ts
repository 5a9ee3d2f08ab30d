import { verifyAuditChain } from '../src/server/audit/verify-chain.js';
import type { DialectName } from '../src/server/db/dialect.js';
import type { BenchServer } from './bench-app.js';
import type { ResultRow } from './measure.js';

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** Whole-log operations over Scale Corp's 1M events: the streamed CSV export and the chain check. */
export async function benchAuditLog(
  server: BenchServer,
  dialect: DialectName,
): Promise<ResultRow[]> {
  const client = await server.adminClient();
  const events = server.size.auditEvents;
  const exportSeconds = await seconds(async () => {
    const reader = (await client.get('/api/portal/audit-events/export.csv')).body!.getReader();
    while (!(await reader.read()).done);
  });
  let intact = false;
  const verifySeconds = await seconds(async () => {
    intact = (await verifyAuditChain(server.ctx.db, server.organizationId)).intact;
  });
  const row = (bench: string, took: number, budget: number, ok = true): ResultRow => ({
    bench,
    db: dialect,
    figure: `${took.toFixed(1)} s (${Math.round(events / took)} events/s)`,
    budget: `≤ ${budget} s`,
    ok: ok && took <= budget,
  });
  return [
    row('audit CSV export, all events', exportSeconds, 60),
    row('audit chain verification', verifySeconds, 60, intact),
  ];
}
