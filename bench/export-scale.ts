import type { DialectName } from '../src/server/db/dialect.js';
import type { BenchServer } from './bench-app.js';
import type { ResultRow } from './measure.js';
import { outputOf } from './processes.js';

const MB = 1024 * 1024;

/** Lines (rows plus header) of a download, read by curl and counted by wc in their own processes. */
async function downloadLines(url: string, cookie: string): Promise<number> {
  // pipefail: a failed download must fail the bench, not count the lines of curl's error.
  const output = await outputOf(
    'bash',
    ['-o', 'pipefail', '-c', 'curl -sSf -H "cookie: $COOKIE" "$URL" | wc -l'],
    { COOKIE: cookie, URL: url },
  );
  return Number(output.trim());
}

/**
 * The Activations CSV export of all of Scale Corp's activations, streamed over HTTP to curl
 * (another process, so reading it does not take the server's thread), while the server's
 * resident memory is sampled (the server runs in this process).
 */
export async function benchActivationsExport(
  server: BenchServer,
  dialect: DialectName,
): Promise<ResultRow[]> {
  const client = await server.adminClient();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let lines = 0;
  try {
    lines = await downloadLines(
      `${server.baseUrl}/api/portal/activations/export.csv`,
      client.cookie,
    );
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = lines - 1;
  const growthMb = (rssPeak - rssBefore) / MB;
  return [
    {
      bench: `activations CSV export, ${rows} rows`,
      db: dialect,
      figure: `${Math.round(rows / seconds)} rows/s (${seconds.toFixed(1)} s)`,
      budget: '≥ 100000 rows/s',
      ok: rows === server.size.activations && rows / seconds >= 100_000,
    },
    {
      bench: 'activations CSV export, peak RSS growth',
      db: dialect,
      figure: `${growthMb.toFixed(0)} MB`,
      budget: '< 100 MB',
      ok: growthMb < 100,
    },
  ];
}
