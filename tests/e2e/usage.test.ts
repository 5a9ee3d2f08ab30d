import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import {
  ALICE,
  expectNoAxeViolations,
  readKpis,
  signIn,
  signInThroughApi,
  VICTOR,
} from './support/pages';
import { usePortal } from './support/portal';

/** The figures of a usage table's first body row (the newest day), as shown. */
async function newestRow(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').first().locator('th, td').allInnerTexts();
}

/**
 * Scrolls to the section's charts, as a reader does (they load only near the window, decision
 * 151), and waits until they are drawn.
 */
async function openUsage(region: Locator) {
  const charts = region.getByRole('img', { name: 'Charts of the figures in the usage table' });
  await charts.scrollIntoViewIfNeeded();
  await charts.locator('.recharts-surface').first().waitFor();
  return region;
}

describeInBrowser('seat usage', { timeout: 180_000 }, () => {
  // The demo data with its year of activation history (decision 115).
  const portal = usePortal({ env: () => ({ SEED_DEMO_USAGE: 'true' }) });

  for (const who of [ALICE, VICTOR]) {
    it(`shows ${who} the Dashboard’s forecasts, a chart, and a table that agrees with the KPI`, async () => {
      const page = await portal.newPage();
      await signIn(page, who);
      const outlook = page.getByRole('region', { name: 'Seat outlook' });
      await outlook
        .getByText(/^At this rate, Atlas CAD Studio runs out of seats in about \d+ days\.$/)
        .waitFor();
      await outlook.getByText('ENT-000102 expires in 29 days with 8 of 11 seats in use.').waitFor();

      const usage = await openUsage(page.getByRole('region', { name: 'Seats in use over time' }));
      const activated = (await readKpis(page))['Activated Licenses'];
      // The screen reader's table (hidden while the chart shows) ends at the KPI's figure.
      const hidden = usage.getByRole('table', { name: 'Seats in use per day, Northwind Robotics' });
      expect((await newestRow(hidden))[1]).toBe(activated);
      expect(
        await usage
          .getByText(new RegExp(`^${activated} of \\d+ purchased seats in use now`))
          .count(),
      ).toBe(1);

      await usage.getByRole('button', { name: 'Show table' }).click();
      const shown = usage.getByRole('table', { name: 'Seats in use per day, Northwind Robotics' });
      expect(await shown.isVisible()).toBe(true);
      expect((await newestRow(shown))[1]).toBe(activated);
      expect(await shown.locator('tbody tr').count()).toBe(30);
      await usage.getByText('1 year', { exact: true }).click();
      await expect.poll(() => shown.locator('tbody tr').count()).toBe(365);
      await expectNoAxeViolations(page);
    });
  }

  it('draws the Dashboard’s charts on a phone once the reader gets to them, in the place kept for them', async () => {
    const page = await portal.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, ALICE);
    const usage = page.getByRole('region', { name: 'Seats in use over time' });
    await usage.getByTestId('usage-forecast').waitFor();
    // Far below the window: Recharts is neither loaded nor drawn yet (decision 151).
    const charts = usage.getByRole('img', { name: 'Charts of the figures in the usage table' });
    const kept = (await charts.boundingBox())!.height;
    expect(await page.locator('.recharts-surface').count()).toBe(0);

    await charts.scrollIntoViewIfNeeded();
    await charts.locator('.recharts-surface').nth(1).waitFor();
    // The charts fill the place kept for them: nothing below moves when they arrive.
    const drawn = await charts.evaluate((place) => place.firstElementChild!.clientHeight);
    expect(Math.abs(drawn - kept)).toBeLessThanOrEqual(1);
    expect((await charts.boundingBox())!.height).toBe(kept);
  });

  it('shows an error with a retry when the seat outlook cannot be loaded', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 503, path: '/api/portal/usage/outlook' }],
    });
    let failing = true;
    await page.route('**/api/portal/usage/outlook', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            json: { error: { code: 'unavailable', message: 'The database is being upgraded.' } },
          })
        : route.continue(),
    );
    await signIn(page, ALICE);
    const outlook = page.getByRole('region', { name: 'Seat outlook' });
    const alert = outlook.getByRole('alert');
    await alert.getByText('The database is being upgraded.').waitFor({ timeout: 15_000 }); // after the automatic retries
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await outlook.getByText('ENT-000102 expires in 29 days with 8 of 11 seats in use.').waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the product panel’s forecast and the entitlement panel’s expiry (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signInThroughApi(page, ALICE);
      await page.goto('/licenses?assigned=all');
      await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
      const product = page.getByRole('dialog', { name: 'Atlas CAD Studio' });
      const usage = await openUsage(product.getByRole('region', { name: 'Seat usage' }));
      await usage
        .getByText(/^At this rate, Atlas CAD Studio runs out of seats in about \d+ days\.$/)
        .waitFor();
      await expectNoAxeViolations(page);

      await page.goto('/licenses?tab=entitlements&assigned=all');
      await page.getByRole('button', { name: 'ENT-000102' }).first().click();
      const entitlement = page.getByRole('dialog', { name: 'Entitlement ENT-000102' });
      const entitlementUsage = await openUsage(
        entitlement.getByRole('region', { name: 'Seat usage' }),
      );
      await entitlementUsage
        .getByText('ENT-000102 expires in 29 days with 8 of 11 seats in use.')
        .waitFor();
      const table = entitlementUsage.getByRole('table', {
        name: 'Seats in use per day, ENT-000102',
      });
      expect((await newestRow(table))[1]).toBe('8');
      await expectNoAxeViolations(page);
    });
  }
});
