import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

const table = (page: Page) => page.getByRole('table', { name: 'Activations' });

async function openActivations(page: Page, search = '') {
  await page.goto(`/activations${search}`);
  await page.getByRole('heading', { level: 1, name: 'Activations' }).waitFor();
  await page.locator('table[aria-busy="false"]').first().waitFor();
  await table(page).locator('tbody tr').first().waitFor();
}

describeInBrowser('Activations', { timeout: 60_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the log without axe violations, for an Admin and a Viewer (${colorScheme})`, async () => {
      for (const who of [ALICE, VICTOR]) {
        const page = await portal.newPage({ colorScheme });
        await signInThroughApi(page, who);
        await openActivations(page);
        await expectNoAxeViolations(page);
        await page.screenshot({
          path: `/tmp/activations-${who === ALICE ? 'admin' : 'viewer'}-${colorScheme}.png`,
          fullPage: true,
        });
      }
    });
  }

  it('leads here from the dashboard, and offers export and deactivation to Admins only', async () => {
    const viewer = await portal.newPage();
    await signIn(viewer, VICTOR);
    await viewer.getByRole('link', { name: /Manage Activations/ }).click();
    await viewer.getByRole('heading', { level: 1, name: 'Activations' }).waitFor();
    await table(viewer).locator('tbody tr').first().waitFor();
    expect(await viewer.getByRole('link', { name: 'Export CSV' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Deactivate' }).count()).toBe(0);
    expect(await viewer.getByRole('checkbox').count()).toBe(0);

    const admin = await portal.newPage();
    await signInThroughApi(admin, ALICE);
    await openActivations(admin);
    expect(await admin.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/api/portal/activations/export.csv?sort=activatedAt&direction=desc',
    );
  });

  it('deactivates a selected activation after confirmation; it stays in the log as Deactivated', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openActivations(page);
    const firstRow = table(page).locator('tbody tr').first();
    const rowCheckbox = firstRow.getByRole('checkbox');
    const label = (await rowCheckbox.getAttribute('aria-label'))!.replace(/^Select /, '');
    await rowCheckbox.check();
    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Deactivate ${label}?` });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText(`${label} deactivated; the seats are free.`).waitFor();
    await expect.poll(() => firstRow.innerText()).toContain('Deactivated');
  });

  it('shows an optional column chosen in the Columns menu, and filters by text in the address', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openActivations(page);
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Entitlement ID' }).click();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => table(page).getByRole('columnheader').allInnerTexts())
      .toContain('Entitlement ID');
    await page.getByRole('searchbox', { name: 'Search' }).fill('zz-no-such-host');
    await page.getByText('No activation matches these filters.').waitFor();
    expect(page.url()).toContain('q=zz-no-such-host');
  });

  it('shows the default list for a hand-edited address, and keeps a number searched for plain in it', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openActivations(page, '?productId=abc&size=7&sort=%7B%7D&from=yesterday&direction=up');
    await page.getByRole('searchbox', { name: 'Search' }).fill('12345');
    await page.getByText('No activation matches these filters.').waitFor();
    expect(new URL(page.url()).search).toBe('?q=12345');
    await page.reload();
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search' }).inputValue())
      .toBe('12345');
  });

  it('opens the detail panel with the audit trail, and the seat reclaim dialog, without axe violations', async () => {
    const page = await portal.newPage({ colorScheme: 'dark' });
    await signInThroughApi(page, ALICE);
    await openActivations(page);
    await table(page)
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const drawer = page.getByRole('dialog', { name: 'Activation details' });
    await drawer.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await expectNoAxeViolations(page);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reclaim seats' }).click();
    const reclaim = page.getByRole('dialog', { name: 'Reclaim unused seats?' });
    await reclaim.getByText('Not seen for (days)').waitFor();
    // The dialog says what it would free before anything is freed (the demo's machines were all seen today).
    await reclaim
      .getByText('No live activation has gone unseen for 90 days: nothing to free.')
      .waitFor();
    expect(await reclaim.getByRole('button', { name: 'Free' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('swaps a machine in one step from the detail panel, keeping the project data', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openActivations(page, '?q=design-mac-03');
    await table(page)
      .getByRole('button', { name: /^Details of design-mac-03/ })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Activation details' });
    await drawer.getByText('Conveyor X2').waitFor();
    await drawer.getByRole('button', { name: 'Swap machine' }).click();
    const form = page.getByRole('dialog', { name: 'Swap design-mac-03' });
    await form.getByRole('textbox', { name: 'New machine fingerprint' }).fill('HWID-E2E-SWAP-0001');
    await form.getByRole('textbox', { name: 'Hostname' }).fill('design-mac-04');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Swap' }).click();
    await page.getByText('Atlas CAD Studio moved from design-mac-03 to design-mac-04.').waitFor();
    await drawer.getByText('HWID-E2E-SWAP-0001').waitFor();
    expect(await drawer.getByText('Conveyor X2').count()).toBe(1);
    expect(await drawer.getByText('Live').count()).toBeGreaterThan(0);
  });

  it('activates an air-gapped machine from its request file and hands back the signed response file and QR code', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await page.goto('/licenses?q=Atlas');
    await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Reveal the Atlas CAD Studio key' })
      .first()
      .click();
    const shown = page.getByRole('dialog').getByTestId('license-key').first();
    await expect.poll(() => shown.innerText()).not.toContain('•');
    const request = {
      format: 'offline-activation-request/1',
      key: await shown.innerText(),
      product: 'ATLAS-CAD',
      identifier: 'HWID-E2E-AIRGAP',
      nonce: 'e2e-airgap-nonce',
    };
    const requestPath = path.join(mkdtempSync(path.join(tmpdir(), 'offline-')), 'request.json');
    writeFileSync(requestPath, JSON.stringify(request));

    await openActivations(page);
    await page.getByRole('button', { name: 'Offline activation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Offline activation' });
    await dialog.locator('input[type="file"]').setInputFiles(requestPath);
    await dialog.getByRole('textbox', { name: 'Project name' }).fill('Air-gapped lab');
    await dialog.getByRole('button', { name: 'Activate' }).click();
    await dialog.getByText('HWID-E2E-AIRGAP is activated').waitFor();
    await dialog
      .getByRole('img', { name: 'QR code of the response file for HWID-E2E-AIRGAP' })
      .waitFor();
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download response file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ATLAS-CAD-HWID-E2E-AIRGAP-offline-response.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved).toMatchObject({ format: 'license-file/1', algorithm: 'ed25519' });
    expect(JSON.parse(Buffer.from(saved.document, 'base64').toString('utf8'))).toMatchObject({
      requestNonce: 'e2e-airgap-nonce',
      activation: { identifier: 'HWID-E2E-AIRGAP' },
    });
  });
});
