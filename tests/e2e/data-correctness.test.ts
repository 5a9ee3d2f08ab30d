import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DATE_FORMAT, formatInTimeZone } from '../../src/common/format/date-time';
import type { DashboardPayload } from '../../src/common/api-types';
import type { EntitlementLineItem } from '../../src/common/licenses-api';
import type { Page as ListPage } from '../../src/common/page';
import { describeInBrowser } from './support/browser';
import { ALICE, readKpis, signIn, signInThroughApi } from './support/pages';
import { usePortal } from './support/portal';

const ZONE = 'Europe/Berlin'; // the demo members' preference, whatever the browser's zone
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A header's position; a sortable header's text may carry its sort hint after the title. */
const headerIndex = (headers: string[], header: string) =>
  headers.findIndex((h) => h === header || h.startsWith(`${header} `));

/** The text of every cell of one column, found by its header (selection columns included). */
async function columnTexts(table: Locator, header: string): Promise<string[]> {
  const headers = (await table.locator('thead th').allInnerTexts()).map(clean);
  const index = headerIndex(headers, header);
  expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return (await table.locator(`tbody tr td:nth-child(${index + 1})`).allInnerTexts()).map(clean);
}

/** The text of one row's cell, the row found by the texts in it. */
async function cellOf(
  table: Locator,
  rowTexts: string | string[],
  header: string,
): Promise<string> {
  const headers = (await table.locator('thead th').allInnerTexts()).map(clean);
  expect(headers.join(' | '), header).toMatch(header);
  let row = table.locator('tbody tr');
  for (const text of [rowTexts].flat()) row = row.filter({ hasText: text });
  return clean(
    await row
      .first()
      .locator(`td:nth-child(${headerIndex(headers, header) + 1})`)
      .innerText(),
  );
}

async function showColumns(page: Page, names: string[]) {
  await page.getByRole('button', { name: 'Columns' }).click();
  for (const name of names) await page.getByRole('menuitemcheckbox', { name }).click();
  await page.keyboard.press('Escape');
}

describeInBrowser('What the customer reads: dates, counts, labels', { timeout: 90_000 }, () => {
  const portal = usePortal();

  it("shows each entitlement line's own expiry in the table, the same day its panel shows, and order dates alike", async () => {
    const page = await portal.newPage({ timezoneId: 'America/Los_Angeles' });
    await signIn(page, ALICE);
    const api = (await (
      await page.request.get('/api/portal/licenses/entitlements?limit=100')
    ).json()) as ListPage<EntitlementLineItem>;
    await page.goto('/licenses?tab=entitlements&sort=entitlementId&direction=asc');
    const table = page.getByRole('table', { name: 'Entitlements' });
    await table.locator('tbody tr').first().waitFor();
    await page.locator('table[aria-busy="false"]').first().waitFor();

    const line = (entitlement: string, product: string) =>
      api.items.find((l) => l.entitlementPublicId === entitlement && l.productName === product)!;
    const expiryCell = (entitlement: string, product: string) =>
      cellOf(table, [entitlement, product], 'Expiration');
    // The expired trial reads its own past day (it showed its order's later one), the perpetual license "Never".
    const trial = line('ENT-000103', 'Echo Field Toolkit');
    expect(Date.parse(trial.expiresAt!)).toBeLessThan(Date.now());
    expect(await expiryCell('ENT-000103', 'Echo Field Toolkit')).toBe(
      formatInTimeZone(trial.expiresAt!, ZONE, DATE_FORMAT),
    );
    expect(await expiryCell('ENT-000101', 'Atlas CAD Studio')).toBe('Never');
    const render = line('ENT-000101', 'Cirrus Render Farm');
    expect(await expiryCell('ENT-000101', 'Cirrus Render Farm')).toBe(
      formatInTimeZone(render.expiresAt!, ZONE, DATE_FORMAT),
    );

    // No ISO day anywhere in the table: order dates read like every other date.
    for (const text of await columnTexts(table, 'Order Date'))
      expect(text).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);

    // The panel of the trial says the same day, and that none of its seats are free.
    await table.getByRole('button', { name: 'ENT-000103' }).first().click();
    const panel = page.getByRole('dialog', { name: 'Entitlement ENT-000103' });
    await panel.getByRole('button', { name: /^Echo Field Toolkit/ }).click();
    await panel.getByText('This license has expired').waitFor();
    expect(await panel.getByRole('button', { name: /^Echo Field Toolkit/ }).innerText()).toContain(
      '0 of 5 seats free',
    );
    expect(
      await panel
        .getByText(formatInTimeZone(trial.expiresAt!, ZONE, DATE_FORMAT), { exact: false })
        .count(),
    ).toBeGreaterThan(0);
    expect(await panel.getByText(/^\d{4}-\d{2}-\d{2}$/).count()).toBe(0);
  });

  it('shows the same Unactivated figure on the Dashboard as the sum of the panels, without suspended or expired seats', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const dashboard = (await (
      await page.request.get('/api/portal/dashboard')
    ).json()) as DashboardPayload;
    const kpis = await readKpis(page);
    expect(kpis['Unactivated Licenses']).toBe(String(dashboard.kpis.unactivatedLicenses));
    expect(Number(kpis['Unactivated Licenses'])).toBeLessThan(
      Number(kpis['Available Licenses']) - Number(kpis['Activated Licenses']),
    );
  });

  it('shows the serial number of a serial activation and labels instead of codes, in the table and the panel', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await page.goto('/activations');
    const table = page.getByRole('table', { name: 'Activations' });
    await table.locator('tbody tr').first().waitFor();
    await showColumns(page, ['Serial Number', 'Kind']);
    await expect
      .poll(() => table.getByRole('columnheader').allInnerTexts())
      .toContain('Serial Number');
    expect(await cellOf(table, 'Marketing renders', 'Serial Number')).toMatch(/^SN-CR-00073[12]$/);
    expect(await cellOf(table, 'Marketing renders', 'Kind')).toBe('Serial number');
    expect(await cellOf(table, 'Gripper Rev C', 'Serial Number')).toBe('');
    expect(await cellOf(table, 'Gripper Rev C', 'Kind')).toBe('Machine');
    for (const text of await columnTexts(table, 'Serial Number')) expect(text).not.toContain('•');

    await table
      .locator('tbody tr', { hasText: 'Arm stress analysis' })
      .getByRole('button', { name: /^Details of / })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Activation details' });
    const field = (label: string) =>
      drawer
        .locator('dt', { hasText: new RegExp(`^${label}$`) })
        .locator('xpath=following-sibling::dd[1]')
        .innerText();
    await drawer.getByText('Audit trail').waitFor();
    expect(await field('Kind')).toBe('Machine');
    expect(await field('License status')).toBe('Expiring soon');
    expect(await drawer.locator('dt', { hasText: 'Serial Number' }).count()).toBe(0);
  });

  it('lets the User filter of the Audit log pick the Software and the Vendor', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await page.goto('/audit');
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.locator('tbody tr').first().waitFor();
    for (const actor of ['Software', 'Vendor']) {
      await page.getByRole('combobox', { name: 'User' }).click();
      await page.getByRole('option', { name: actor, exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe(actor);
      await page.locator('table[aria-busy="false"]').waitFor();
      await expect
        .poll(async () => [...new Set(await columnTexts(table, 'User'))])
        .toEqual([actor]);
    }
  });

  it('says what is wrong with an email address in words, not the schema’s', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 400, path: '/api/portal/members/invitations' }],
    });
    await signIn(page, ALICE);
    await page.getByRole('button', { name: 'Invite Member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite Member' });
    await dialog.getByRole('textbox', { name: 'Email address' }).fill('not-an-email');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('must be an email address, like name@example.com').waitFor();
    expect(await dialog.getByText(/must match format/).count()).toBe(0);
  });
});
