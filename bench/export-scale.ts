import type { DialectName } from '../src/server/db/dialect.js';
import type { BenchServer } from './bench-app.js';
import type { ResultRow } from './measure.js';

const MB = 1024 * 1024;

/**
 * The Activations CSV export of all of Scale Corp's activations, streamed over HTTP and read
 * to the end, while the server's resident memory is sampled (the server runs in this process).
 */
export async function benchActivationsExport(server: BenchServer, dialect: DialectName): Promise<ResultRow[]> {
  const client = await server.adminClient();
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let newlines = 0;
  try {
    const reader = (await client.get('/api/portal/activations/export.csv')).body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      for (const byte of chunk.value) if (byte === 10) newlines++;
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = newlines - 1;
  const growthMb = (rssPeak - rssBefore) / MB;
  return [
    {
      bench: `activations CSV export, ${rows} rows`,
      db: dialect,
      figure: `${Math.round(rows / seconds)} rows/s (${seconds.toFixed(1)} s)`,
      budget: '≥ 100000 rows/s',
      ok: rows === server.size.activations && rows / seconds >= 100_000,
    },
    { bench: 'activations CSV export, peak RSS growth', db: dialect, figure: `${growthMb.toFixed(0)} MB`, budget: '< 100 MB', ok: growthMb < 100 },
  ];
}
