import type { DialectName } from '../src/server/db/dialect.js';
import { startServer, type RunningServer } from '../tests/e2e/support/server.js';
import { demoKey } from './licensing-load.js';
import { inTurn, median, spread, type ResultRow } from './measure.js';
import { autocannon, withMachineBusy, type LoadResult } from './processes.js';

const CONNECTIONS = 64;
const SECONDS = 5;
/** A seeded activation of the demo's Atlas license on ENT-000101 (as in licensing-load.ts). */
const FINGERPRINT = 'HWID-7F3A-91C2-D4E8';
/** Issue #19's budget: what N instances on one box give over one, per database. */
const BUDGET: Record<DialectName, number> = { sqlite: 1.6, postgres: 1.4 };

/** The real server with its own fresh database (dropped on stop), WORKERS processes on one port. */
function portal(dialect: DialectName, workers: number) {
  return startServer(
    {
      WORKERS: String(workers),
      LOG_LEVEL: 'warn',
      NOTIFICATION_JOB_MINUTES: '0',
      LICENSING_RATE_LIMIT_PER_IP: '10000000',
      LICENSING_RATE_LIMIT_PER_KEY: '10000000',
    },
    dialect,
  );
}

async function validateThroughput(server: RunningServer) {
  const body = { key: await demoKey(server.baseUrl), identifier: FINGERPRINT };
  const url = `${server.baseUrl}/v1/licenses/validate`;
  return () =>
    withMachineBusy(() => autocannon(url, body, { connections: CONNECTIONS, seconds: SECONDS }));
}

/**
 * `--instances N`: validate's throughput from one port served by N processes (WORKERS=N,
 * node:cluster) against one process, each on its own fresh database, interleaved `repeats`
 * times. Both share the machine's cores with the load generator, as two instances on one
 * box would.
 */
export async function benchInstances(
  dialect: DialectName,
  instances: number,
  repeats: number,
): Promise<ResultRow[]> {
  const one = await portal(dialect, 1);
  const many = await portal(dialect, instances);
  try {
    const loadOne = await validateThroughput(one);
    const loadMany = await validateThroughput(many);
    await Promise.all([loadOne(), loadMany()]); // warm-up, discarded
    const runs: [[LoadResult, number], [LoadResult, number]][] = [];
    for (let repeat = 0; repeat < repeats; repeat++)
      runs.push(await inTurn(repeat, loadOne, loadMany));
    const pairs = runs.map(([[a], [b]]) => [a, b] as const);
    // One instance already keeping every core busy (the database and the load generator
    // share them) leaves a second nothing to add: the machine is the ceiling, not the portal.
    const busy = (index: 0 | 1) =>
      `${spread(
        runs.map((run) => run[index][1] * 100),
        0,
      )} %`;
    const failures = pairs.flat().reduce((sum, run) => sum + run.non2xx + run.errors, 0);
    const ratios = pairs.map(([a, b]) => b.requestsPerSecond / a.requestsPerSecond);
    const rates = (index: 0 | 1) =>
      `${spread(
        pairs.map((pair) => pair[index].requestsPerSecond),
        0,
      )} req/s`;
    return [
      {
        bench: `validate, 1 instance (min / median / max of ${repeats})`,
        db: dialect,
        figure: rates(0),
        budget: '-',
        ok: failures === 0,
      },
      {
        bench: `validate, ${instances} instances (WORKERS=${instances})`,
        db: dialect,
        figure: rates(1),
        budget: '-',
        ok: failures === 0,
      },
      {
        bench: `machine CPU busy, all cores: 1 instance | ${instances}`,
        db: dialect,
        figure: `${busy(0)} | ${busy(1)}`,
        budget: '-',
        ok: true,
      },
      {
        bench: `${instances} instances / 1 instance`,
        db: dialect,
        figure: spread(ratios, 2),
        budget: instances === 2 ? `≥ ${BUDGET[dialect]}` : '-',
        ok: instances !== 2 || median(ratios) >= BUDGET[dialect],
      },
    ];
  } finally {
    await Promise.all([one.stop(), many.stop()]);
  }
}
