export interface Timing {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The middle of sorted values (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `fn` sequentially after a warm-up and reports latency percentiles in milliseconds. */
export async function timeSequential(
  fn: () => Promise<unknown>,
  samples = 40,
  warmup = 5,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    samples,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  };
}

export interface ResultRow {
  bench: string;
  db: string;
  figure: string;
  budget: string;
  ok: boolean;
}

export function printTable(rows: ResultRow[]): void {
  const headers = ['benchmark', 'db', 'measured', 'budget', ''];
  const cells = rows.map((r) => [r.bench, r.db, r.figure, r.budget, r.ok ? 'ok' : 'MISSED']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

/** Runs both in turn, the first going first in even repeats and last in odd ones. */
export async function inTurn<T>(
  repeat: number,
  first: () => Promise<T>,
  second: () => Promise<T>,
): Promise<[T, T]> {
  const [a, b] = await inRotation(repeat, [first, second]);
  return [a!, b!];
}

/** Runs each in turn, starting one later in each repeat, and answers in the order given. */
export async function inRotation<T>(repeat: number, runs: (() => Promise<T>)[]): Promise<T[]> {
  const results = new Array<T>(runs.length);
  for (let step = 0; step < runs.length; step++) {
    const index = (repeat + step) % runs.length;
    results[index] = await runs[index]();
  }
  return results;
}

/** min / median / max, each with `digits` decimals. */
export const spread = (values: number[], digits: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${[sorted[0], median(sorted), sorted.at(-1)!].map((v) => v.toFixed(digits)).join(' / ')}`;
};
