import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DashboardPayload } from '../../src/common/api-types';
import { DATE_FORMAT, formatInTimeZone } from '../../src/common/format/date-time';
import type { EntitlementDetail, EntitlementLineItem } from '../../src/common/licenses-api';
import type { Page as ListPage } from '../../src/common/page';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

/** The demo members' time zone: pages show dates in it, whatever the browser's. */
const MEMBER_ZONE = 'Europe/Berlin';
const shown = (iso: string) => formatInTimeZone(iso, MEMBER_ZONE, DATE_FORMAT);

const rowTexts = async (page: Page, table: string) =>
  (await page.getByRole('table', { name: table }).locator('tbody tr').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );

/** What the server says the seeded Atlas CAD license of an entitlement grants (the clock is the real one). */
async function atlasFeatures(page: Page, publicId: string) {
  const lines = (await (
    await page.request.get(`/api/portal/licenses/entitlements?q=${publicId}`)
  ).json()) as ListPage<EntitlementLineItem>;
  const detail = (await (
    await page.request.get(`/api/portal/licenses/entitlements/${lines.items[0].entitlementId}`)
  ).json()) as EntitlementDetail;
  return detail.licenses.find((l) => l.productName === 'Atlas CAD Studio')!.features;
}

describeInBrowser('Feature entitlements', { timeout: 60_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows a license's features with limits and end dates in the entitlement panel (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme, timezoneId: 'America/New_York' });
      await signInThroughApi(page, VICTOR);
      await page.goto('/licenses?tab=entitlements');
      await page.getByRole('table', { name: 'Entitlements' }).locator('tbody tr').first().waitFor();
      await page.getByRole('combobox', { name: 'With feature' }).click();
      await page.getByRole('option', { name: 'FEA Solver' }).click();
      await expect
        .poll(() => rowTexts(page, 'Entitlements'))
        .toEqual([expect.stringContaining('ENT-000104'), expect.stringContaining('ENT-000101')]);
      expect(page.url()).toContain('feature=');

      await page.getByRole('button', { name: 'ENT-000101' }).click();
      const panel = page.getByRole('dialog', { name: 'Entitlement ENT-000101' });
      await panel.getByRole('button', { name: /Atlas CAD Studio/ }).click();
      const features = panel.getByRole('list', {
        name: 'Features of the Atlas CAD Studio license of ENT-000101',
      });
      await features.waitFor();
      const ended = (await atlasFeatures(page, 'ENT-000101')).find((f) => f.code === 'fea-solver')!;
      const items = (await features.getByRole('listitem').allInnerTexts()).map((t) =>
        t.replace(/\s+/g, ' ').trim(),
      );
      expect(items).toEqual(
        expect.arrayContaining([
          `FEA Solver Ended Included · Ended ${shown(ended.expiresAt!)}`,
          'Solver cores Active 8 max cores · Lasts as long as the license',
          'STEP Export Active Included · Lasts as long as the license',
        ]),
      );
      await expectNoAxeViolations(page);
    });
  }

  it('shows the features of each entitlement in the product panel, and those ending soon on the Dashboard', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const dashboard = (await (
      await page.request.get('/api/portal/dashboard')
    ).json()) as DashboardPayload;
    const ending = dashboard.endingFeatures.find((f) => f.entitlementPublicId === 'ENT-000104')!;
    await expect
      .poll(() => rowTexts(page, 'Features Ending Soon'))
      .toEqual([`FEA Solver Atlas CAD Studio ENT-000104 SO-49555 ${shown(ending.expiresAt)}`]);

    await page.goto('/licenses');
    await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
    const panel = page.getByRole('dialog', { name: 'Atlas CAD Studio' });
    const features = panel.getByRole('list', {
      name: 'Features of the Atlas CAD Studio license of ENT-000104',
    });
    await features.waitFor();
    const items = (await features.getByRole('listitem').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(
      expect.arrayContaining([
        `FEA Solver Ends soon Included · Ends ${shown(ending.expiresAt)}`,
        'Solver cores Active 16 max cores · Lasts as long as the license',
      ]),
    );
    await expectNoAxeViolations(page);
  });

  it('shows in the activation detail which features the machine’s license grants, in words', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await page.goto('/activations');
    await page.getByRole('button', { name: /^Details of eng-ws-031/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Activation details' });
    const features = drawer.getByRole('list', { name: 'Features of the license' });
    await features.waitFor();
    const ending = (await atlasFeatures(page, 'ENT-000104')).find((f) => f.code === 'fea-solver')!;
    const items = (await features.getByRole('listitem').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(
      expect.arrayContaining([`FEA Solver Ends soon Included · Ends ${shown(ending.expiresAt!)}`]),
    );
    // Labels, not stored values: "Machine", "Active".
    const field = (label: string) =>
      drawer
        .locator('dt', { hasText: label })
        .locator('xpath=following-sibling::dd[1]')
        .innerText();
    expect(await field('Kind')).toBe('Machine');
    expect(await field('License status')).toBe('Active');
    await expectNoAxeViolations(page);
  });

  it('lists each key’s features with limits and end dates in the License Keys tab', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await page.goto('/licenses?tab=keys&assigned=all&q=ENT-000101');
    await page.locator('table[aria-busy="false"]').first().waitFor();
    const ended = (await atlasFeatures(page, 'ENT-000101')).find((f) => f.code === 'fea-solver')!;
    const atlas = page
      .getByRole('table', { name: 'License keys' })
      .locator('tbody tr', { hasText: 'Atlas CAD Studio' });
    const text = (await atlas.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`FEA Solver · ended ${shown(ended.expiresAt!)}`);
    expect(text).toContain('Solver cores (8 max cores)');
    expect(text).toContain('STEP Export');
    await expectNoAxeViolations(page);
  });
});
