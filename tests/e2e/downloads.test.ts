import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

async function openDownloads(page: Page, search = '') {
  await page.goto(`/downloads${search}`);
  await page.getByRole('heading', { level: 1, name: 'Downloads' }).waitFor();
  await page
    .getByRole('table', { name: /^(Installers|Documentation) of / })
    .first()
    .waitFor();
}

const releaseTitles = (page: Page) => page.getByRole('heading', { level: 2 }).allInnerTexts();

describeInBrowser('Downloads', { timeout: 120_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [role, who] of [
      ['an Admin', ALICE],
      ['a Viewer', VICTOR],
    ] as const) {
      it(`shows releases and a changelog without axe violations to ${role} (${colorScheme})`, async () => {
        const page = await portal.newPage({ colorScheme });
        await signInThroughApi(page, who);
        await openDownloads(page);
        await expectNoAxeViolations(page);
        await page.getByRole('link', { name: 'Atlas CAD Studio changelog' }).first().click();
        await page.getByRole('heading', { level: 1, name: 'Atlas CAD Studio changelog' }).waitFor();
        await page
          .getByRole('article', { name: 'Version 2026.1.0' })
          .getByRole('listitem')
          .first()
          .waitFor();
        await expectNoAxeViolations(page);
      });
    }
  }

  it('downloads a file whose SHA-256 matches the one shown', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openDownloads(page);
    const files = page.getByRole('table', { name: 'Installers of Delta Simulation Suite 5.1.0' });
    const row = files.locator('tbody tr', { hasText: 'windows' });
    const shown = (await row.locator('code').innerText()).trim();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Download / }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('delta-sim-5.1.0-windows-x64.txt');
    const content = await readFile((await download.path())!);
    expect(createHash('sha256').update(content).digest('hex')).toBe(shown);
  });

  it('filters by product and platform, keeping the filters in the address', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openDownloads(page);
    expect(await releaseTitles(page)).not.toContain('Echo Field Toolkit 1.1.0');
    await page.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: 'Atlas CAD Studio' }).click();
    await page.getByRole('combobox', { name: 'Platform' }).click();
    await page.getByRole('option', { name: 'macOS', exact: true }).click();
    await expect
      .poll(() => releaseTitles(page))
      .toEqual(['Atlas CAD Studio 2026.2.0', 'Atlas CAD Studio 2026.1.0']);
    expect(page.url()).toMatch(/platform=macos/);
    await page.reload();
    await page.getByRole('table', { name: 'Installers of Atlas CAD Studio 2026.2.0' }).waitFor();
    expect(await releaseTitles(page)).toEqual([
      'Atlas CAD Studio 2026.2.0',
      'Atlas CAD Studio 2026.1.0',
    ]);
  });

  it('shows documentation in its own section and category, downloadable like an installer', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openDownloads(page);
    const atlas = page.getByRole('region', { name: 'Atlas CAD Studio 2026.2.0' });
    expect(await atlas.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Installers',
      'Documentation',
    ]);
    const documents = atlas.getByRole('table', {
      name: 'Documentation of Atlas CAD Studio 2026.2.0',
    });
    expect((await documents.locator('thead th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Document',
      'Size',
      'SHA-256',
      'Download',
    ]);
    const manual = documents.locator('tbody tr', { hasText: 'atlas-cad-2026.2.0-user-manual.pdf' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      manual.getByRole('button', { name: /^Download / }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('atlas-cad-2026.2.0-user-manual.pdf');
    expect((await readFile((await download.path())!)).subarray(0, 5).toString('latin1')).toBe(
      '%PDF-',
    );

    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Documentation' }).click();
    await expect
      .poll(() => releaseTitles(page))
      .toEqual(['Delta Simulation Suite 5.1.0', 'Atlas CAD Studio 2026.2.0']);
    expect(page.url()).toMatch(/kind=documentation/);
    expect(await page.getByRole('table', { name: /^Installers of / }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
