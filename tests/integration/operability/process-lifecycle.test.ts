import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  freePort,
  spawnServer,
  waitUntilHealthy,
  type ServerProcess,
} from '../../support/server-processes.js';

/** A short pause between two looks at something that is expected to change. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Resolves once `check` holds, trying again after each turn (never a fixed wait). */
async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await nextTurn();
}

const refusesConnections = (instance: ServerProcess) =>
  fetch(`${instance.url}/healthz`).then(
    () => false,
    () => true,
  );

/** The processes that logged Fastify's "Server listening" line. */
const listening = (instance: ServerProcess) =>
  new Set(
    [...instance.output().matchAll(/"pid":(\d+)[^\n]*"msg":"Server listening at/g)].map(
      (match) => match[1],
    ),
  );

/** The cluster workers of a primary. */
function workersOf(pid: number): number[] {
  try {
    // Node.js workers only, and not by the name "node": Node 24 names its main thread (and so
    // the process) "MainThread".
    return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([child, command]) => child && command !== 'esbuild')
      .map(([child]) => Number(child));
  } catch {
    return [];
  }
}

describe('the server process', () => {
  it('serves metrics on METRICS_PORT only, and on SIGTERM finishes the request in flight before exiting', async () => {
    const metricsPort = await freePort();
    const instance = await spawnServer({ SEED_DEMO: 'false', METRICS_PORT: String(metricsPort) });
    try {
      await waitUntilHealthy(instance);
      expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${instance.url}/metrics`)).status).toBe(404);
      const scraped = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(scraped).toMatch(
        /portal_http_request_duration_seconds_bucket\{[^}]*route="\/healthz"/,
      );
      expect(scraped).toContain('portal_license_validations_total');

      // A request whose body is still arriving when SIGTERM comes: "100 Continue" tells the
      // client the server has taken the request in.
      const body = JSON.stringify({ key: 'NOPE-NOPE-NOPE-NOPE' });
      const call = request(`${instance.url}/v1/licenses/validate`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          expect: '100-continue',
        },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        call.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, text }));
        });
        call.on('error', reject);
      });
      await new Promise((resolve) => call.once('continue', resolve));
      call.write(body.slice(0, 10));

      const stopped = instance.stop();
      await eventually(() => refusesConnections(instance));
      call.end(body.slice(10));
      const response = await answered;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text)).toMatchObject({ valid: false, code: 'NOT_FOUND' });
      await stopped;
      expect(await instance.exited).toBe(0);
    } finally {
      await instance.stop();
      rmSync(instance.dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('with WORKERS=2 serves from two workers, replaces one killed with -9, and stops them all on SIGTERM', async () => {
    const instance = await spawnServer({ SEED_DEMO: 'false', WORKERS: '2', LOG_LEVEL: 'info' });
    try {
      await waitUntilHealthy(instance);
      // Both listening, not only started: the survivor must be serving when the other dies.
      await eventually(() => listening(instance).size === 2);
      await eventually(() => workersOf(instance.pid).length === 2);
      const [first, second] = workersOf(instance.pid);
      process.kill(first, 'SIGKILL');
      await eventually(() => {
        const now = workersOf(instance.pid);
        return now.length === 2 && !now.includes(first) && now.includes(second);
      });
      expect((await fetch(`${instance.url}/readyz`)).status).toBe(200);
      expect(instance.output()).toContain('starting another');

      await instance.stop();
      expect(await instance.exited).toBe(0);
      expect(workersOf(instance.pid)).toEqual([]);
    } finally {
      await instance.stop();
      rmSync(instance.dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
