import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVER_ARGS } from '../../support/compiled-server';
import { createPostgresDatabase } from '../../support/databases';

/** The database a browser-test server runs on; `E2E_DATABASE=postgres` picks PostgreSQL. */
export type E2eDatabase = 'sqlite' | 'postgres';
export const defaultE2eDatabase = (): E2eDatabase =>
  process.env.E2E_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export interface RunningServer {
  baseUrl: string;
  /** The server's process id (the benchmarks read its CPU time). */
  pid: number;
  /** Its data folder and database, for fixtures that set up a past the browser cannot make. */
  dataDir: string;
  databaseUrl: string;
  stop: () => Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts the real server (compiled, as `npm start` runs it) as a child process on a free port with a
 * fresh DATA_DIR and a fresh database (SQLite in DATA_DIR, or a throw-away PostgreSQL
 * database dropped on stop), which it seeds with the demo data. It serves the built web app
 * from dist/web, so build it first (`npm run test:e2e` does). `extraEnv` adds settings (e.g. SMTP_URL).
 */
export async function startServer(
  extraEnv: NodeJS.ProcessEnv = {},
  database: E2eDatabase = defaultE2eDatabase(),
): Promise<RunningServer> {
  if (!existsSync(path.resolve('dist/web/index.html'))) {
    throw new Error(
      'dist/web is not built: run `npm run build:web` (or `npm run test:e2e`, which builds it first).',
    );
  }
  const postgres = database === 'postgres' ? await createPostgresDatabase() : undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl =
    extraEnv.DATABASE_URL ?? postgres?.url ?? `sqlite:${path.join(dataDir, 'portal.sqlite')}`;
  const child = spawn(process.execPath, SERVER_ARGS, {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      // The year of usage history adds live seats the tests' figures do not count; usage tests turn it on.
      SEED_DEMO_USAGE: 'false',
      DATABASE_URL: databaseUrl,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(forceKill);
    }
    rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  try {
    await waitUntilHealthy(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, dataDir, databaseUrl, stop };
}
