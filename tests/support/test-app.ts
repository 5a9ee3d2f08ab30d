import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { PortalRoute } from '../../src/server/authz/route-guard.js';
import type { AppContext } from '../../src/server/context.js';
import { generateSecrets } from '../../src/server/crypto/secrets.js';
import type { DialectName } from '../../src/server/db/dialect.js';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-data.js';
import { seedDemoData } from '../../src/server/demo/demo-seed.js';
import { createTestDatabase } from './databases.js';

/** The fixed instant tests seed and run at, unless they move the clock. */
export const TEST_NOW = new Date('2026-06-15T12:00:00.000Z');

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  portalRoutes: PortalRoute[];
  clock: { now: Date };
  /** Signs a user in and returns a client that sends the cookie and CSRF token. */
  signIn: (email: string, password?: string) => Promise<Client>;
  anonymous: Client;
  close: () => Promise<void>;
}

export interface Client {
  cookie: string | undefined;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
}

function clientFor(app: FastifyInstance, cookie?: string, csrfToken?: string): Client {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...options.headers,
      },
    });
  return {
    cookie,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) =>
      request({ method: 'POST', url, payload: (payload ?? {}) as InjectOptions['payload'] }),
  };
}

/** `env` adds settings to the test configuration, e.g. SMTP_URL of an SMTP catcher. */
export async function createTestApp(
  dialect: DialectName,
  options: { seed?: boolean; env?: NodeJS.ProcessEnv; webRoot?: string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const clock = { now: TEST_NOW };
  const { app, ctx, portalRoutes } = await buildApp({
    config,
    database: database.handle,
    secrets: generateSecrets(),
    now: () => clock.now,
    logger: false,
    webRoot: options.webRoot,
  });
  await app.ready();
  if (options.seed !== false) await seedDemoData(ctx);

  const signIn = async (email: string, password = DEMO_PASSWORD) => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/portal/auth/login',
      payload: { email, password },
    });
    if (login.statusCode !== 200) throw new Error(`Sign-in of ${email} failed: ${login.body}`);
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const session = await app.inject({
      method: 'GET',
      url: '/api/portal/session',
      headers: { cookie },
    });
    return clientFor(app, cookie, session.json().csrfToken as string);
  };

  return {
    app,
    ctx,
    portalRoutes,
    clock,
    signIn,
    anonymous: clientFor(app),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Tests that walk every route grow with the route table; on a loaded 2-core CI machine they need more than the default. */
export const EVERY_ROUTE_TIMEOUT_MS = 180_000;
