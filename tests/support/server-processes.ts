// startServers({ count: 2, database: 'postgres', env: { REDIS_URL } }) starts N real server processes on one
// database and resolves once each answers /api/health; use .instances[i].url / .stop() / .kill(), then cluster.stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSecrets } from '../../src/server/crypto/secrets.js';
import { SERVER_ARGS } from './compiled-server.js';
import { createPostgresDatabase } from './databases.js';

export type ClusterDatabase = 'sqlite' | 'postgres';

export interface ServerProcess {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  pid: number;
  /** Its DATA_DIR (each instance has its own, as an operator would run them). */
  dataDir: string;
  /** Everything it printed so far on stdout and stderr. */
  output: () => string;
  stderr: () => string;
  /** SIGTERM, and SIGKILL after 5 s if it has not exited; resolves once it has exited. */
  stop: () => Promise<void>;
  /** SIGKILL (kill -9); resolves once it has exited. */
  kill: () => Promise<void>;
  exited: Promise<number | null>;
}

export interface ServerCluster {
  instances: ServerProcess[];
  /** The DATABASE_URL every instance uses. */
  databaseUrl: string;
  /** The settings every instance got (PORTAL_SECRETS, REDIS_KEY_PREFIX, DATABASE_URL, ...). */
  env: NodeJS.ProcessEnv;
  /** One more instance on the same database and settings (plus `env`). */
  add: (env?: NodeJS.ProcessEnv) => Promise<ServerProcess>;
  /** Stops every instance still running, drops the database and removes the data folders. */
  stop: () => Promise<void>;
}

export interface StartOptions {
  count?: number;
  database?: ClusterDatabase;
  /** Extra settings for every instance, e.g. REDIS_URL; they override the defaults. */
  env?: NodeJS.ProcessEnv;
  /** Started one after the other instead of all at once. */
  sequential?: boolean;
}

const STARTUP_TIMEOUT_MS = 60_000;

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function signalAndWait(child: ChildProcess, exited: Promise<unknown>, signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill(signal);
  const force = signal === 'SIGTERM' ? setTimeout(() => child.kill('SIGKILL'), 5_000) : undefined;
  return exited.then(() => clearTimeout(force));
}

/**
 * Spawns one server process (the compiled server, as `npm start` runs it) with `env` on a free port
 * and its own DATA_DIR, without waiting for it: see waitUntilHealthy, or `exited` for a
 * process expected to refuse to start.
 */
export async function spawnServer(env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-instance-'));
  const child = spawn(process.execPath, SERVER_ARGS, {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk;
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    url,
    pid: child.pid!,
    dataDir,
    output: () => output,
    stderr: () => stderr,
    stop: () => signalAndWait(child, exited, 'SIGTERM'),
    kill: () => signalAndWait(child, exited, 'SIGKILL'),
    exited,
  };
}

/** Resolves once the instance answers GET /api/health with 2xx; rejects if it exits first or times out. */
export async function waitUntilHealthy(instance: ServerProcess): Promise<void> {
  let exitCode: number | null | undefined;
  void instance.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`The server exited with code ${exitCode}:\n${instance.output()}`);
    try {
      if ((await fetch(`${instance.url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The server did not answer within 60 s:\n${instance.output()}`);
}

/**
 * Starts `count` instances (all at once unless `sequential`) on one fresh database: a
 * throw-away PostgreSQL database, or one SQLite file shared by all. They share PORTAL_SECRETS
 * and a random REDIS_KEY_PREFIX, and seed the demo data unless env says SEED_DEMO=false.
 */
export async function startServers(options: StartOptions = {}): Promise<ServerCluster> {
  const { count = 2, database = 'postgres', sequential = false } = options;
  const postgres = database === 'postgres' ? await createPostgresDatabase() : undefined;
  const sqliteDir = postgres ? undefined : mkdtempSync(path.join(tmpdir(), 'portal-shared-db-'));
  const databaseUrl = postgres?.url ?? `sqlite:${path.join(sqliteDir!, 'portal.sqlite')}`;
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: databaseUrl,
    PORTAL_SECRETS: JSON.stringify(generateSecrets()),
    REDIS_KEY_PREFIX: `portal-test-${randomBytes(6).toString('hex')}:`,
    SEED_DEMO: 'true',
    ...options.env,
  };
  const instances: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    for (const instance of instances) rmSync(instance.dataDir, { recursive: true, force: true });
    if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  const add = async (extra: NodeJS.ProcessEnv = {}) => {
    const instance = await spawnServer({ ...env, ...extra });
    instances.push(instance);
    await waitUntilHealthy(instance);
    return instance;
  };
  try {
    if (sequential) for (let i = 0; i < count; i++) await add();
    else await Promise.all(Array.from({ length: count }, () => add()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, databaseUrl, env, add, stop };
}
