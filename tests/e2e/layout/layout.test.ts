import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases';
import { describeInBrowser, launchChromium } from '../support/browser';
import { ALICE, signIn, VICTOR } from '../support/pages';
import { defaultE2eDatabase, startServer, type RunningServer } from '../support/server';
import { lastControlReachable, layoutDefects, unnamedControls } from './inspect-layout';
import { rolesOf, SURFACES, type Role, type Surface } from './surfaces';

/**
 * The layout check: every surface of surfaces.ts, as each role that sees it, at three
 * window sizes, light and dark, on SQLite and PostgreSQL. A visit fails on a dialog wider
 * than the window or whose last control cannot be scrolled to, text cut off without a
 * title, a page that scrolls sideways, a control without an accessible name, any axe
 * violation, or an error in the page. Screenshots: screenshots/layout/<database>/.
 */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Visits at once: the browser and server share two cores with the rest of the machine. */
const CONCURRENCY = Number(process.env.LAYOUT_CONCURRENCY ?? 3);
const SCREENSHOTS = path.resolve('screenshots/layout');
/** LAYOUT_SURFACES=product-panel,downloads checks only those (while fixing one). */
const ONLY = process.env.LAYOUT_SURFACES?.split(',');
const surfaces = SURFACES.filter((surface) => !ONLY || ONLY.includes(surface.name));

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

/** Until nothing loads (spinner, skeleton, busy table) and every transition has ended. */
async function settle(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1, h1') !== null &&
      !document.querySelector(
        '[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root[data-visible="true"]',
      ) &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Axe over the page, or only over what was opened on top of it (a dialog, menu or popover in
 * Mantine's portal): the page beneath is its own surface, and axe is the slowest step.
 */
async function axeViolations(page: Page, opened: boolean): Promise<string[]> {
  const layer = opened && (await page.locator('[data-portal] :visible').count()) > 0;
  const axe = layer ? new AxeBuilder({ page }).include('[data-portal]') : new AxeBuilder({ page });
  const { violations } = await axe.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `axe ${violation.id}: ${violation.help} (${node.target.join(' ')})`,
    ),
  );
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Signs in once per role; the check's contexts start from the stored cookies. */
async function signedInState(
  browser: Browser,
  baseURL: string,
  email: string,
): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  // Every optional column on: the widest tables are where cells get cut.
  await page.evaluate(async () => {
    const { csrfToken } = await (await fetch('/api/portal/session')).json();
    const save = (table: string, columns: string[]) =>
      fetch('/api/portal/preferences/columns', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ table, columns }),
      });
    await save('activations', [
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
    ]);
  });
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Both databases, or the one E2E_DATABASE names. */
const databases = process.env.E2E_DATABASE ? [defaultE2eDatabase()] : await availableDialects();

describeInBrowser('layout check', () => {
  for (const database of databases) {
    describe(database, () => {
      let server: RunningServer | undefined;
      let browser: Browser | undefined;
      const states = new Map<Role, StorageState>();
      const limit = semaphore(CONCURRENCY);

      beforeAll(async () => {
        [server, browser] = await Promise.all([startServer({}, database), launchChromium()]);
        states.set('admin', await signedInState(browser, server.baseUrl, ALICE));
        states.set('viewer', await signedInState(browser, server.baseUrl, VICTOR));
        mkdirSync(path.join(SCREENSHOTS, database), { recursive: true });
      }, 180_000);

      afterAll(async () => {
        await browser?.close();
        await server?.stop();
      }, 30_000);

      /** One size, both schemes: opens the surface once and looks at it light and dark. */
      async function visit(
        surface: Surface,
        role: Role,
        size: (typeof SIZES)[number],
      ): Promise<string[]> {
        const context = await browser!.newContext({
          baseURL: server!.baseUrl,
          viewport: size,
          colorScheme: 'light',
          timezoneId: 'UTC',
          locale: 'en-US',
          storageState: states.get(role),
        });
        const found: string[] = [];
        try {
          const page = await context.newPage();
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
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            await settle(page);
            const where = `${size.width}×${size.height} ${colorScheme}`;
            const file = `${surface.name}-${role}-${size.width}x${size.height}-${colorScheme}.png`;
            await page.screenshot({
              path: path.join(SCREENSHOTS, database, file),
              fullPage: false,
            });
            const defects = [
              ...(await axeViolations(page, surface.open !== undefined)),
              ...(await unnamedControls(page)),
              ...(await layoutDefects(page)),
              ...(await lastControlReachable(page)),
            ];
            found.push(...defects.map((defect) => `${where}: ${defect}`));
          }
        } catch (error) {
          found.push(
            `${size.width}×${size.height}: could not open it: ${String(error).split('\n')[0]}`,
          );
        } finally {
          await context.close();
        }
        return found;
      }

      for (const surface of surfaces) {
        for (const role of rolesOf(surface)) {
          it.concurrent(`${surface.name} as ${role}`, { timeout: 600_000 }, async () => {
            const defects = await Promise.all(
              SIZES.map((size) => limit(() => visit(surface, role, size))),
            );
            expect([...new Set(defects.flat())]).toEqual([]);
          });
        }
      }
    });
  }
});
