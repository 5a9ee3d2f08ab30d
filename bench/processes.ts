import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Starts `node --import tsx <script>` and resolves once it prints a line matching `ready`. */
export function startNodeScript(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpMatchArray; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(ready);
      if (match) resolve({ child, match, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Runs a command in its own process and resolves with its standard output once it exits 0. */
export function outputOf(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr}`)),
    );
  });
}

/** autocannon at full speed (closed loop) against a JSON POST endpoint, in its own process. */
export async function autocannon(
  url: string,
  body: unknown,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const args = [
    'node_modules/autocannon/autocannon.js',
    '--json',
    '-c',
    String(options.connections),
    '-d',
    String(options.seconds),
    '-m',
    'POST',
  ];
  args.push('-H', 'content-type=application/json', '-b', JSON.stringify(body), url);
  const report = JSON.parse(await outputOf(process.execPath, args)) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    requestsPerSecond: report.requests.average,
    p50: report.latency.p50,
    p99: report.latency.p99,
    non2xx: report.non2xx,
    errors: report.errors,
  };
}

/** The seconds paced-load.ts sends at its rate before it starts recording. */
export const PACED_WARMUP_SECONDS = 1;

/** Evenly paced requests at a fixed rate (bench/paced-load.ts), in its own process, for latency at that load. */
export async function pacedLoad(
  url: string,
  body: unknown,
  options: { connections: number; seconds: number; rate: number },
): Promise<LoadResult> {
  const args = [
    '--import',
    'tsx',
    'bench/paced-load.ts',
    '--url',
    url,
    '--body',
    JSON.stringify(body),
  ];
  args.push(
    '--rate',
    String(options.rate),
    '--seconds',
    String(options.seconds),
    '--connections',
    String(options.connections),
  );
  args.push('--warmup', String(PACED_WARMUP_SECONDS));
  return JSON.parse(await outputOf(process.execPath, args)) as LoadResult;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux). */
export function cpuSecondsOf(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name in parentheses.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The machine's CPU time so far, busy and in all, in clock ticks over every core (/proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = fields.map(Number);
  const total = ticks.reduce((sum, tick) => sum + tick, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - ticks[3] - ticks[4], total };
}

/** Runs `work` and tells how busy the whole machine was meanwhile (0–1 over all cores). */
export async function withMachineBusy<T>(work: () => Promise<T>): Promise<[T, number]> {
  const before = machineTicks();
  const result = await work();
  const after = machineTicks();
  return [result, (after.busy - before.busy) / (after.total - before.total)];
}
