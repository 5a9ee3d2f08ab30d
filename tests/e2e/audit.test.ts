import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AuditEventItem } from '../../src/common/audit-api';
import { DATE_TIME_FORMAT, formatInTimeZone } from '../../src/common/format/date-time';
import { parseCsv } from '../support/parse-csv';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

const ZONE = 'Europe/Berlin'; // the demo members' preference, whatever the browser's zone

const table = (page: Page) => page.getByRole('table', { name: 'Audit events' });
const cells = (page: Page, column: number) =>
  table(page).locator(`tbody tr td:nth-child(${column})`).allInnerTexts();

async function openAudit(page: Page, search = '') {
  await page.goto(`/audit${search}`);
  await page.getByRole('heading', { level: 1, name: 'Audit & Event Log' }).waitFor();
  await table(page).locator('tbody tr').first().waitFor();
  await page.locator('table[aria-busy="false"]').waitFor();
}

describeInBrowser('Audit & Event Log', { timeout: 120_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations for an Admin, with the verification result shown (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signInThroughApi(page, ALICE);
      await openAudit(page);
      await page.getByRole('button', { name: 'Verify integrity' }).click();
      await page.getByRole('status').getByText('The log is intact').waitFor();
      await expectNoAxeViolations(page);
    });

    it(`has no axe violations for a Viewer, who gets neither export nor verification (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signInThroughApi(page, VICTOR);
      await openAudit(page);
      expect(await page.getByRole('button', { name: 'Export' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Verify integrity' }).count()).toBe(0);
      await expectNoAxeViolations(page);
    });
  }

  it('shows times as DD MMM YYYY, HH:mm:ss in the member’s time zone, not the browser’s', async () => {
    const page = await portal.newPage({ timezoneId: 'America/Los_Angeles' });
    await signInThroughApi(page, ALICE);
    await openAudit(page);
    const { items } = (await (
      await page.request.get('/api/portal/audit-events?limit=5')
    ).json()) as { items: AuditEventItem[] };
    const shown = (await cells(page, 1)).slice(0, 5);
    expect(shown).toEqual(items.map((e) => formatInTimeZone(e.occurredAt, ZONE, DATE_TIME_FORMAT)));
    for (const text of shown)
      expect(text).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/);
  });

  it('filters by type and by text, and keeps the filters in the address', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openAudit(page);
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Members' }).click();
    await expect.poll(async () => new Set(await cells(page, 3))).toEqual(new Set(['Members']));
    expect(page.url()).toContain('type=members');

    await page.getByRole('searchbox', { name: 'Search' }).fill('invited');
    await expect
      .poll(async () => (await cells(page, 2)).every((m) => m.includes('invited')))
      .toBe(true);
    // The search reaches the address once typing pauses; reload only after it has.
    await expect.poll(() => page.url()).toContain('q=invited');
    await page.reload();
    await expect.poll(async () => (await cells(page, 2)).length).toBe(3);
  });

  it('narrows to a date range from the address, and shows it in the picker', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const today = formatInTimeZone(new Date().toISOString(), ZONE, 'YYYY-MM-DD');
    await openAudit(page, `?from=${today}&to=${today}`);
    const dates = await cells(page, 1);
    const shownDay = formatInTimeZone(new Date().toISOString(), ZONE, 'DD MMM YYYY');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date.startsWith(shownDay)).toBe(true);
    expect(await page.getByRole('button', { name: /Start\/End Date/ }).innerText()).toContain(
      shownDay,
    );
  });

  it('exports the filtered rows as CSV for an Admin', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openAudit(page, '?type=members');
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^northwind-robotics-audit-events-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const [header, ...rows] = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(header.slice(0, 4)).toEqual([`Date & Time (${ZONE})`, 'Message', 'Type', 'User']);
    expect(rows.map((r) => r[1])).toEqual(await cells(page, 2));
  });
});
