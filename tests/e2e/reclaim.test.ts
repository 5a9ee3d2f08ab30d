import type { Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, signInThroughApi } from './support/pages';
import { usePortal } from './support/portal';
import { activateMachinesLongAgo } from './support/stale-activations';

/** More than one reclaim batch (100 activations a request, decision 078). */
const STALE = 130;

describeInBrowser('Reclaim seats over more than one batch', { timeout: 120_000 }, () => {
  const portal = usePortal();

  it('lists the machines it will free, reports each batch, then shows them deactivated', async () => {
    await activateMachinesLongAgo(portal.server, { count: STALE, daysAgo: 200, prefix: 'quiet' });
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await page.goto('/activations');
    await page.getByRole('heading', { level: 1, name: 'Activations' }).waitFor();

    // The second batch waits until the report of the first has been read.
    let releaseSecondBatch!: () => void;
    const firstReportRead = new Promise<void>((resolve) => (releaseSecondBatch = resolve));
    let batches = 0;
    await page.route('**/api/portal/activations/reclaim', async (route: Route) => {
      batches++;
      if (batches === 2) await firstReportRead;
      await route.continue();
    });

    await page.getByRole('button', { name: 'Reclaim seats' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reclaim unused seats?' });
    await dialog
      .getByText(`${STALE} activations (${STALE} seats) not seen for 90 days will be freed.`)
      .waitFor();
    const preview = dialog.getByRole('table', { name: 'Activations to free' });
    const machines = await preview.locator('tbody tr td:first-child').allInnerTexts();
    expect(machines).toHaveLength(STALE);
    expect(machines).toContain('quiet-001.lan');
    expect(machines).toContain(`quiet-${STALE}.lan`);
    expect(await preview.locator('tbody tr').first().innerText()).toContain('Lab Monitor quiet');

    await dialog.getByRole('button', { name: `Free ${STALE}` }).click();
    // The report after the first batch (a batch frees its 100 seats in one transaction).
    await dialog
      .getByTestId('reclaim-progress')
      .getByText(`Freed 100 of ${STALE}…`, { exact: true })
      .waitFor({ timeout: 30_000 });
    releaseSecondBatch();
    await page.getByText(`Freed ${STALE} of ${STALE}.`).waitFor({ timeout: 30_000 });
    await dialog.waitFor({ state: 'detached' });
    expect(batches).toBe(2);

    // The log shows the freed machines as deactivated, and nothing is left to free.
    await page.getByRole('searchbox', { name: 'Search' }).fill('quiet-001');
    const rows = page.getByRole('table', { name: 'Activations' }).locator('tbody tr');
    await expect
      .poll(() => rows.allInnerTexts(), { timeout: 30_000 })
      .toEqual([expect.stringContaining('Lab Monitor quiet')]);
    await rows.getByRole('button', { name: /^Details of / }).click();
    const drawer = page.getByRole('dialog', { name: 'Activation details' });
    await drawer.getByText('quiet-001.lan').first().waitFor();
    await drawer.getByText('Deactivated', { exact: true }).first().waitFor();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reclaim seats' }).click();
    await dialog
      .getByText('No live activation has gone unseen for 90 days: nothing to free.')
      .waitFor();
  });
});
