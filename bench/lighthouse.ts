import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { demoUsers, DEMO_PASSWORD } from '../src/server/demo/demo-data.js';
import type { ResultRow } from './measure.js';
import { FLOOR_PAGES } from './web-floor-server.js';

/** The pages of issue 18's budget; all but sign-in load signed in as a Northwind admin. */
const PAGES = [
  { name: 'login', path: '/login', signedIn: false },
  { name: 'Dashboard', path: '/', signedIn: true },
  { name: 'My Licenses', path: '/licenses', signedIn: true },
  { name: 'Activations', path: '/activations', signedIn: true },
  { name: 'Audit', path: '/audit', signedIn: true },
];

/** Lighthouse's presets: its default (a mid-range phone on slow 4G) and its desktop one. */
const PRESETS = [
  { name: 'mobile', config: undefined, performance: 90 },
  { name: 'desktop', config: desktopConfig, performance: 98 },
] as const;
const ACCESSIBILITY = 100;

/** A session cookie of the demo admin, from the sign-in API (what the login form posts). */
async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/portal/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: demoUsers.find((user) => user.key === 'alice')!.email,
      password: DEMO_PASSWORD,
    }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

const seconds = (result: Result, audit: string) =>
  `${((result.audits[audit]?.numericValue ?? 0) / 1000).toFixed(1)} s`;

/** The metrics behind a performance score, for the line beside it. */
function metrics(result: Result): string {
  const tbt = Math.round(result.audits['total-blocking-time']?.numericValue ?? 0);
  const cls = (result.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(2);
  return `FCP ${seconds(result, 'first-contentful-paint')}, LCP ${seconds(result, 'largest-contentful-paint')}, TBT ${tbt} ms, CLS ${cls}`;
}

/** Audits that cost points: failed accessibility checks, and performance hints that save time. */
function findings(result: Result): string[] {
  const failed = (category: string) =>
    (result.categories[category]?.auditRefs ?? [])
      .map((ref) => result.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .filter((audit) => audit.scoreDisplayMode !== 'informative')
      .map(
        (audit) =>
          `${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
      );
  return [...failed('accessibility'), ...failed('performance')];
}

/**
 * Lighthouse 12 (performance and accessibility) on each page under both presets, `runs` times
 * each: the median performance score counts (Lighthouse's own advice for its variance);
 * accessibility does not vary between runs. The full reports, and the trace of each counted
 * run, go to a temporary folder. The floor's pages (served at `floorUrl`, with the same cookie)
 * run right after the Dashboard's, under the same browser and presets; they have no budget.
 */
export async function benchLighthouse(
  baseUrl: string,
  runs: number,
  floorUrl: string,
): Promise<ResultRow[]> {
  const cookie = await signIn(baseUrl);
  const floor = FLOOR_PAGES.map((page) => ({ ...page, signedIn: true, floor: true }));
  const pages = [...PAGES.slice(0, 2), ...floor, ...PAGES.slice(2)];
  const reports = path.join(tmpdir(), `portal-lighthouse-${Date.now()}`);
  mkdirSync(reports, { recursive: true });
  const rows: ResultRow[] = [];
  const loads: number[] = [];
  for (const preset of PRESETS) {
    // A browser per preset, so no cookie the server set in one run reaches the next sign-in page.
    const chrome = await launch({
      chromePath: '/usr/bin/chromium',
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
      ],
    });
    try {
      for (const page of pages) {
        const fileName = `${preset.name}-${page.name.replace(/[\s:+,]+/g, '-').toLowerCase()}`;
        const isFloor = 'floor' in page;
        const results: Result[] = [];
        const traces = new Map<Result, unknown>();
        for (let run = 0; run < runs; run++) {
          loads.push(loadavg()[0]!);
          const flags: Flags = {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
          };
          const url = `${isFloor ? floorUrl : baseUrl}${page.path}`;
          const outcome = await lighthouse(url, flags, preset.config);
          if (!outcome) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          writeFileSync(
            path.join(reports, `${fileName}-${run + 1}.json`),
            outcome.report as string,
          );
          results.push(outcome.lhr);
          traces.set(outcome.lhr, outcome.artifacts.Trace);
        }
        const score = (result: Result, category: string) =>
          Math.round((result.categories[category]?.score ?? 0) * 100);
        results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
        // The middle run (the upper one of an even count): its score and the metrics behind it.
        const middle = results[results.length >> 1]!;
        // Its trace, for Chromium's Performance panel: what each long task ran (decision 146).
        writeFileSync(
          path.join(reports, `${fileName}.trace.json`),
          JSON.stringify(traces.get(middle)),
        );
        const performance = score(middle, 'performance');
        const accessibility = Math.min(...results.map((result) => score(result, 'accessibility')));
        const spread = results.map((result) => score(result, 'performance')).join(' / ');
        rows.push({
          bench: `Lighthouse ${preset.name} performance, ${page.name}`,
          db: 'sqlite',
          figure: `${performance}${runs > 1 ? ` (${spread})` : ''}; ${metrics(middle)}`,
          budget: isFloor ? '–' : `≥ ${preset.performance}`,
          ok: isFloor || performance >= preset.performance,
        });
        rows.push({
          bench: `Lighthouse ${preset.name} accessibility, ${page.name}`,
          db: 'sqlite',
          figure: String(accessibility),
          budget: preset.name === 'mobile' && !isFloor ? `= ${ACCESSIBILITY}` : '–',
          ok: preset.name !== 'mobile' || isFloor || accessibility >= ACCESSIBILITY,
        });
        for (const finding of findings(middle))
          console.log(`   ${preset.name} ${page.name}: ${finding}`);
      }
    } finally {
      chrome.kill();
    }
  }
  console.log(
    `   Lighthouse reports in ${reports}; 1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the runs`,
  );
  return rows;
}
