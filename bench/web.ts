import { chromium } from 'playwright-core';
import { demoUsers, DEMO_PASSWORD } from '../src/server/demo/demo-data.js';
import { startServer } from '../tests/e2e/support/server.js';
import { benchLighthouse } from './lighthouse.js';
import { percentile, type ResultRow } from './measure.js';
import { initialJsGzipBytes } from './web-bundle.js';
import { startFloorServer } from './web-floor-server.js';

const RUNS = 15;

/**
 * The production bundle's initial JavaScript, how long the Dashboard takes to show in headless
 * Chromium on a warm server, and Lighthouse's scores of the budgeted pages (`lighthouseRuns`
 * runs each), with the floor beside them: the Dashboard's inherent work alone (decision 164).
 */
export async function benchWeb(lighthouseRuns: number): Promise<ResultRow[]> {
  const bundle = initialJsGzipBytes();
  const server = await startServer({ LOG_LEVEL: 'warn', NOTIFICATION_JOB_MINUTES: '0' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ baseURL: server.baseUrl });
    await page.goto('/login');
    await page
      .getByRole('textbox', { name: 'Email' })
      .fill(demoUsers.find((u) => u.key === 'alice')!.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const dashboardShown = async () => {
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page
        .getByRole('table', { name: 'Recent Licenses' })
        .locator('tbody[aria-busy="false"]')
        .waitFor();
    };
    await dashboardShown();
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      await page.goto('/licenses');
      await page.getByRole('heading', { level: 1, name: 'Licenses' }).waitFor();
      const started = performance.now();
      await page.goto('/');
      await dashboardShown();
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    await browser.close();
    const floor = await startFloorServer(server.baseUrl);
    const lighthouse = await benchLighthouse(server.baseUrl, lighthouseRuns, floor.baseUrl).finally(
      () => floor.stop(),
    );
    return [
      {
        bench: `initial JS (${bundle.scripts} scripts), gzip`,
        db: '-',
        figure: `${(bundle.bytes / 1024).toFixed(0)} KB`,
        budget: '≤ 300 KB',
        ok: bundle.bytes <= 300 * 1024,
      },
      {
        bench: 'Dashboard visible after navigation (full load)',
        db: 'sqlite',
        figure: `p95 ${p95.toFixed(0)} ms (p50 ${percentile(times, 50).toFixed(0)})`,
        budget: '≤ 1000 ms',
        ok: p95 <= 1000,
      },
      ...lighthouse,
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
