import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startServer, type E2eDatabase, type RunningServer } from './server';

export interface Portal {
  readonly baseUrl: string;
  /** The running server (its data folder and database, for fixtures). */
  readonly server: RunningServer;
  /** A page in a fresh browser context (no cookies, no storage). */
  newPage: (options?: PageOptions) => Promise<Page>;
}

export interface PageOptions {
  /** The operating system's colour scheme as the page sees it. */
  colorScheme?: 'light' | 'dark';
  /** The browser's time zone; pages must show the member's zone regardless. */
  timezoneId?: string;
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.languages, Accept-Language); English unless a test asks. */
  locale?: string;
  /** Failed responses this test provokes on purpose, besides the usual ones. */
  expectedHttpErrors?: ExpectedHttpError[];
}

export interface ExpectedHttpError {
  status: number;
  /** The request's path, or a pattern for several. */
  path: string | RegExp;
}

/** Chrome logs every non-2xx response; these are answers the app expects and handles. */
const EXPECTED_HTTP_ERRORS: ExpectedHttpError[] = [
  { status: 401, path: '/api/portal/session' }, // the signed-out probe before redirecting to sign-in
  { status: 401, path: '/api/portal/auth/login' }, // a wrong password
];

function isExpectedHttpError(message: ConsoleMessage, expected: ExpectedHttpError[]): boolean {
  const { url } = message.location();
  const { pathname } = new URL(url);
  return expected.some(
    ({ status, path }) =>
      message.text().includes(`status of ${status}`) &&
      (typeof path === 'string' ? pathname === path : path.test(pathname)),
  );
}

/**
 * Per test file: starts the server (with `env` added to its settings) and Chromium once;
 * per test: fresh contexts, closed afterwards, and the test fails if a page logged an
 * error or threw.
 */
export function usePortal(
  options: { env?: () => NodeJS.ProcessEnv; database?: E2eDatabase } = {},
): Portal {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await Promise.all([
      startServer(options.env?.(), options.database).then((s) => (server = s)),
      launchChromium().then((b) => (browser = b)),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  });

  return {
    get baseUrl() {
      return server!.baseUrl;
    },
    get server() {
      return server!;
    },
    async newPage({
      colorScheme = 'light',
      timezoneId = 'UTC',
      viewport = { width: 1280, height: 800 },
      locale = 'en-US',
      expectedHttpErrors = [],
    }: PageOptions = {}) {
      const context = await browser!.newContext({
        baseURL: server!.baseUrl,
        colorScheme,
        timezoneId,
        viewport,
        locale,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('console', (message) => {
        const expected = [...EXPECTED_HTTP_ERRORS, ...expectedHttpErrors];
        if (message.type() === 'error' && !isExpectedHttpError(message, expected)) {
          pageErrors.push(`${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
      return page;
    },
  };
}
