import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases';
import { describeInBrowser, launchChromium } from '../support/browser';
import { ALICE, signIn, VICTOR } from '../support/pages';
import {
  defaultE2eDatabase,
  startServer,
  type E2eDatabase,
  type RunningServer,
} from '../support/server';
import {
  axeViolations,
  lastControlReachable,
  layoutDefects,
  settle,
  unnamedControls,
} from './inspect-layout';
import {
  AXE_SIZES,
  rolesOf,
  sizesOf,
  SURFACES,
  type Role,
  type Size,
  type Surface,
} from './surfaces';

/**
 * The layout check: every surface of surfaces.ts, as each role that sees it, at three
 * window sizes, light and dark, on one database. A visit fails on a dialog wider
 * than the window or whose last control cannot be scrolled to, text cut off without a
 * title, a page that scrolls sideways, a control without an accessible name, any axe
 * violation, or an error in the page. Screenshots: screenshots/layout/<database>/.
 *
 * Lean by design (decision 094): one server and one browser per database, one browser
 * context per role and window size (signed in once), a surface opened once per size and
 * looked at light then dark. Only colours change between the schemes, so the dark look runs
 * axe's colour rules and takes its screenshot; the light look runs everything.
 */
/** Visits at once: the browser and the server share two cores with the rest of the machine. */
const CONCURRENCY = Number(process.env.LAYOUT_CONCURRENCY ?? 3);
const SCREENSHOTS = path.resolve('screenshots/layout');
/** Screenshots are for a person to open: taken unless in CI; LAYOUT_SCREENSHOTS=1 or 0 decides. */
const TAKE_SHOTS =
  (process.env.LAYOUT_SCREENSHOTS ?? (process.env.CI === 'true' ? '0' : '1')) === '1';
/** LAYOUT_SURFACES=product-panel,downloads checks only those (while fixing one). */
const ONLY = process.env.LAYOUT_SURFACES?.split(',');
/**
 * LAYOUT_LOCALE=de-DE (or ja-JP…) looks at the portal in that browser language, where texts run
 * longer or wider. The panels and dialogs are opened by their English names, so in another
 * language only the pages are visited unless LAYOUT_SURFACES names more.
 */
const LOCALE = process.env.LAYOUT_LOCALE ?? 'en-US';
const english = LOCALE.startsWith('en');
const surfaces = SURFACES.filter((surface) =>
  ONLY ? ONLY.includes(surface.name) : english || !surface.open,
);
/** Screenshots of another language go to a folder of their own. */
const shotFolder = (database: string) =>
  english ? path.join(SCREENSHOTS, database) : path.join(SCREENSHOTS, database, LOCALE);

/** At most `limit` callers inside at once. */
function semaphore(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * As the Admin: a seat of an Atlas CAD Studio license each to the Admin and the Viewer, so that
 * the "Assigned to me" views, the Dashboard's view switch and the Assign dialog's list show.
 */
async function assignSeats(page: Page, emails: string[]) {
  const problem = await page.evaluate(async (assignees) => {
    const { csrfToken } = await (await fetch('/api/portal/session')).json();
    const keys = await (await fetch('/api/portal/licenses/keys?status=active&limit=100')).json();
    const license = keys.items.find(
      (key: { productName: string; seats: number; seatsUsed: number }) =>
        key.productName === 'Atlas CAD Studio' && key.seats - key.seatsUsed >= assignees.length,
    );
    if (!license) return 'no active Atlas CAD Studio license with free seats';
    for (const email of assignees) {
      const response = await fetch(`/api/portal/licenses/${license.licenseId}/assignments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email, quantity: 1 }),
      });
      if (!response.ok) return `assigning to ${email}: ${response.status} ${await response.text()}`;
    }
    return null;
  }, emails);
  if (problem) throw new Error(`The layout check's assignments failed: ${problem}`);
}

/** Signs in once per role; the check's contexts start from the stored cookies. */
async function signedInState(
  browser: Browser,
  baseURL: string,
  email: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  await prepare?.(page);
  // Every optional column on: the widest tables are where cells get cut.
  await page.evaluate(async () => {
    const { csrfToken } = await (await fetch('/api/portal/session')).json();
    await fetch('/api/portal/preferences/columns', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        table: 'activations',
        columns: [
          'activatedAt',
          'productName',
          'projectName',
          'projectManager',
          'activatedBy',
          'entitlementId',
          'serialNumber',
          'kind',
          'identifier',
          'hostname',
          'lastHeartbeatAt',
          'status',
        ],
      }),
    });
  });
  const state = await context.storageState();
  await context.close();
  return state;
}

/**
 * One database (decision 168): PostgreSQL where it runs, as the other browser tests run on
 * SQLite; the answers the pages read are the same on both (tests/integration/contract).
 * E2E_DATABASE names one; LAYOUT_DATABASES=sqlite,postgres looks on both.
 */
async function layoutDatabases(): Promise<E2eDatabase[]> {
  const named = process.env.LAYOUT_DATABASES?.split(',');
  if (named) {
    const unknown = named.filter((name) => name !== 'sqlite' && name !== 'postgres');
    if (unknown.length) throw new Error(`LAYOUT_DATABASES: unknown ${unknown.join(', ')}`);
    return named as E2eDatabase[];
  }
  if (process.env.E2E_DATABASE) return [defaultE2eDatabase()];
  return [(await availableDialects()).at(-1)!];
}
const databases = await layoutDatabases();

describeInBrowser('layout check', () => {
  for (const database of databases) {
    describe(database, () => {
      let server: RunningServer | undefined;
      let browser: Browser | undefined;
      const states = new Map<Role, StorageState | undefined>([['guest', undefined]]);
      const contexts = new Map<string, Promise<BrowserContext>>();
      const limit = semaphore(CONCURRENCY);

      beforeAll(async () => {
        // With the year of usage history: the charts and forecasts at their fullest.
        [server, browser] = await Promise.all([
          startServer({ SEED_DEMO_USAGE: 'true' }, database),
          launchChromium(),
        ]);
        const admin = await signedInState(browser, server.baseUrl, ALICE, (page) =>
          assignSeats(page, [ALICE, VICTOR]),
        );
        const viewer = await signedInState(browser, server.baseUrl, VICTOR);
        states.set('admin', admin).set('viewer', viewer);
        if (TAKE_SHOTS) mkdirSync(shotFolder(database), { recursive: true });
      }, 180_000);

      afterAll(async () => {
        await browser?.close();
        await server?.stop();
      }, 30_000);

      /** One context per role and size, made on first use: its pages share the sign-in and the cache. */
      function contextFor(role: Role, size: Size): Promise<BrowserContext> {
        const key = `${role} ${size.width}`;
        let context = contexts.get(key);
        if (!context) {
          context = browser!.newContext({
            baseURL: server!.baseUrl,
            viewport: size,
            colorScheme: 'light',
            timezoneId: 'UTC',
            locale: LOCALE,
            storageState: states.get(role),
          });
          contexts.set(key, context);
        }
        return context;
      }

      /**
       * One size, both schemes: opens the surface once and looks at it light, then dark. Where
       * axe does not run (AXE_SIZES) and no screenshot is taken, the dark look has nothing to do.
       */
      async function visit(surface: Surface, role: Role, size: Size): Promise<string[]> {
        const found: string[] = [];
        const page: Page = await (await contextFor(role, size)).newPage();
        const axe = AXE_SIZES.includes(size);
        const shot = async (scheme: string) => {
          if (!TAKE_SHOTS) return;
          await page.screenshot({
            path: path.join(
              shotFolder(database),
              `${surface.name}-${role}-${size.width}x${size.height}-${scheme}.png`,
            ),
          });
        };
        try {
          page.setDefaultTimeout(20_000);
          page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
          page.on('console', (message) => {
            if (message.type() === 'error') found.push(`console error: ${message.text()}`);
          });
          await page.goto(surface.path);
          await settle(page);
          if (surface.open) {
            await surface.open(page);
            await settle(page);
          }
          const opened = surface.open !== undefined;
          await shot('light');
          const light = [
            ...(axe ? await axeViolations(page, opened, 'all') : []),
            ...(await unnamedControls(page)),
            ...(await layoutDefects(page)),
            ...(await lastControlReachable(page)),
          ];
          const dark: string[] = [];
          if (axe || TAKE_SHOTS) {
            await page.emulateMedia({ colorScheme: 'dark' });
            await settle(page);
            await shot('dark');
            if (axe) dark.push(...(await axeViolations(page, opened, 'colours')));
          }
          const where = `${size.width}×${size.height}`;
          found.push(...light.map((defect) => `${where} light: ${defect}`));
          found.push(...dark.map((defect) => `${where} dark: ${defect}`));
        } catch (error) {
          found.push(
            `${size.width}×${size.height}: could not open it: ${String(error).split('\n')[0]}`,
          );
        } finally {
          await page.close();
        }
        return found;
      }

      for (const surface of surfaces) {
        for (const role of rolesOf(surface)) {
          it.concurrent(`${surface.name} as ${role}`, { timeout: 600_000 }, async () => {
            const defects = await Promise.all(
              sizesOf(surface).map((size) => limit(() => visit(surface, role, size))),
            );
            expect([...new Set(defects.flat())]).toEqual([]);
          });
        }
      }
    });
  }
});
