import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DATE_FORMAT, formatInTimeZone } from '../../src/common/format/date-time.js';
import type { LicenseKeyItem } from '../../src/common/license-keys-schema.js';
import { LICENSE_STATUS_LABELS } from '../../src/common/license-status.js';
import type { Page as ListPage } from '../../src/common/page.js';
import {
  featureLimitText,
  featureState,
  type GrantedFeature,
} from '../../src/common/license-features.js';
import { assigneeText } from '../../src/web/features/licenses/assignee-text';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

const rowTexts = async (page: Page, table: string) =>
  (await page.getByRole('table', { name: table }).locator('tbody tr').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );

async function openLicenses(page: Page, search = '') {
  await page.goto(`/licenses${search}`);
  await page.getByRole('heading', { level: 1, name: 'My Licenses' }).waitFor();
  await page.locator('table[aria-busy="false"]').first().waitFor();
}

describeInBrowser('My Licenses', { timeout: 60_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const who of [ALICE, VICTOR]) {
      it(`shows both tabs and panels without axe violations to ${who} (${colorScheme})`, async () => {
        const page = await portal.newPage({ colorScheme });
        await signInThroughApi(page, who);
        await openLicenses(page);
        await expectNoAxeViolations(page);
        await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
        await page
          .getByRole('dialog', { name: 'Atlas CAD Studio' })
          .getByText('Included in Entitlements')
          .waitFor();
        await expectNoAxeViolations(page);
        expect(
          await page.getByRole('dialog').getByRole('button', { name: 'Activate' }).count(),
        ).toBe(who === ALICE ? 2 : 0);
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: 'Entitlements' }).click();
        await page
          .getByRole('table', { name: 'Entitlements' })
          .locator('tbody tr')
          .first()
          .waitFor();
        await expectNoAxeViolations(page);
      });
    }
  }

  it('searches products and keeps the search and the open panel in the address', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openLicenses(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('delta');
    await expect
      .poll(() => rowTexts(page, 'Licensed products'))
      .toEqual([expect.stringContaining('Delta Simulation Suite')]);
    await page.getByRole('button', { name: 'Delta Simulation Suite' }).click();
    await page
      .getByRole('dialog', { name: 'Delta Simulation Suite' })
      .getByText('ENT-000102', { exact: true })
      .first()
      .waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toMatch(/\d+/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('delta');
    await page.reload();
    await page
      .getByRole('dialog', { name: 'Delta Simulation Suite' })
      .getByText('ENT-000103', { exact: true })
      .first()
      .waitFor();
    await page.getByRole('dialog').getByText('Suspended').waitFor();
  });

  it('filters entitlements by scoped search and expands a license card', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openLicenses(page, '?tab=entitlements');
    await page.getByRole('combobox', { name: 'Search by' }).click();
    await page.getByRole('option', { name: 'Sales Order' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('SO-48210');
    await expect
      .poll(() => rowTexts(page, 'Entitlements'))
      .toEqual([expect.stringContaining('ENT-000101'), expect.stringContaining('ENT-000101')]);
    expect(page.url()).toContain('scope=salesOrder');
    await page.getByRole('button', { name: 'ENT-000101' }).first().click();
    const panel = page.getByRole('dialog', { name: 'Entitlement ENT-000101' });
    await panel.getByRole('button', { name: /Cirrus Render Farm/ }).click();
    await panel.locator('text=Activation Quantity >> visible=true').waitFor();
    expect(await panel.getByRole('button', { name: 'Activate' }).count()).toBe(0);
  });

  it('reveals a key on demand', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openLicenses(page, '?q=Atlas');
    await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
    const key = page.getByRole('dialog').getByTestId('license-key').first();
    expect(await key.innerText()).toContain('•');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Reveal the Atlas CAD Studio key' })
      .first()
      .click();
    await expect.poll(() => key.innerText()).not.toContain('•');
  });

  it('lets an Admin activate seats, refusing more than are available', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 409, path: /\/api\/portal\/licenses\/\d+\/activations/ }],
    });
    await signInThroughApi(page, ALICE);
    await openLicenses(page, '?q=Atlas');
    await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Activate' }).first().click();
    const form = page.getByRole('dialog', { name: 'Activate Atlas CAD Studio' });
    await form.getByRole('textbox', { name: 'Quantity' }).fill('50');
    await form.getByRole('textbox', { name: 'Project name' }).fill('Browser test');
    await form.getByRole('textbox', { name: 'Project manager' }).fill('Alice Moreau');
    await form.getByRole('textbox', { name: 'Machine fingerprint' }).fill('HWID-E2E-0001');
    await form.getByRole('button', { name: 'Activate' }).click();
    await form.getByText('at most 9').waitFor();
    await form.getByRole('textbox', { name: 'Quantity' }).fill('2');
    await form.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Atlas CAD Studio activated; 7 seats left').waitFor();
  });

  it('checks a pasted key step by step, as the software would', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, VICTOR);
    await openLicenses(page, '?q=Atlas');
    await page.getByRole('button', { name: 'Atlas CAD Studio' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Reveal the Atlas CAD Studio key' })
      .first()
      .click();
    const shown = page.getByRole('dialog').getByTestId('license-key').first();
    await expect.poll(() => shown.innerText()).not.toContain('•');
    const key = await shown.innerText();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Check a key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check a license key' });
    await dialog.getByRole('textbox', { name: 'License key' }).fill('NOT-A-REAL-KEY');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('No license has this key.').first().waitFor();
    await dialog.getByRole('textbox', { name: 'License key' }).fill(key);
    await dialog.getByRole('textbox', { name: /Machine fingerprint/ }).fill('HWID-F00D-1234-0A0A');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('The license is valid').waitFor();
    await expectNoAxeViolations(page);
  });

  it('frees a seat from the key check when every seat is taken, after confirmation', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await openLicenses(page, '?tab=entitlements&q=ENT-000102');
    await page.getByRole('button', { name: 'ENT-000102' }).first().click();
    const panel = page.getByRole('dialog', { name: 'Entitlement ENT-000102' });
    await panel.getByRole('button', { name: /Beacon Analytics Cloud/ }).click();
    await panel.getByRole('button', { name: 'Reveal the Beacon Analytics Cloud key' }).click();
    const shown = panel.getByTestId('license-key').first();
    await expect.poll(() => shown.innerText()).not.toContain('•');
    const key = await shown.innerText();
    await panel.getByRole('button', { name: 'Activate' }).click();
    const form = page.getByRole('dialog', { name: 'Activate Beacon Analytics Cloud' });
    await form.getByRole('textbox', { name: 'Quantity' }).fill('2');
    await form.getByRole('textbox', { name: 'Project name' }).fill('Seat fix test');
    await form.getByRole('textbox', { name: 'Project manager' }).fill('Alice Moreau');
    await form.getByRole('textbox', { name: 'Domain' }).fill('lab.northwind.example');
    await form.getByRole('button', { name: 'Activate' }).click();
    await page.getByText('Beacon Analytics Cloud activated; 0 seats left').waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Check a key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check a license key' });
    await dialog.getByRole('textbox', { name: 'License key' }).fill(key);
    await dialog
      .getByRole('textbox', { name: /Machine fingerprint/ })
      .fill('new.northwind.example');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('3 of 3 seats in use').waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Deactivate northwind-robotics.com' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate northwind-robotics.com?' });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await dialog.getByText('2 of 3 seats in use').waitFor();
    expect(await dialog.getByRole('button', { name: /^Deactivate/ }).count()).toBe(0);
  });

  it('narrows entitlements to an order date range kept in the address, and remembers hidden columns', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    await openLicenses(page, `?tab=entitlements&from=${day(20)}&to=${day(0)}`);
    await expect
      .poll(() => rowTexts(page, 'Entitlements'))
      .toEqual([expect.stringContaining('ENT-000104'), expect.stringContaining('ENT-000104')]);
    await page.getByRole('combobox', { name: 'Filter by' }).click();
    await page.getByRole('option', { name: 'Expiration' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('dateField')).toBe('expiration');
    // Each line's own expiry: only the trial that expired 6 days ago ends in this range (its order runs on).
    await expect
      .poll(async () =>
        (await rowTexts(page, 'Entitlements')).filter((row) => row.includes('ENT-')),
      )
      .toEqual([expect.stringContaining('Echo Field Toolkit')]);

    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'PO Number' }).click();
    await page.keyboard.press('Escape');
    const poHeader = page
      .getByRole('table', { name: 'Entitlements' })
      .getByRole('columnheader', { name: /PO Number/ });
    await expect.poll(() => poHeader.count()).toBe(0);
    await page
      .waitForResponse((r) => r.url().endsWith('/api/portal/preferences/columns'))
      .catch(() => undefined);
    await openLicenses(page, '?tab=entitlements');
    await page
      .getByRole('table', { name: 'Entitlements' })
      .getByRole('columnheader', { name: /Sales Order/ })
      .waitFor();
    expect(await poHeader.count()).toBe(0);
  });

  it('lists every license key with its status, seats and dates, filtered and sorted in the address', async () => {
    const page = await portal.newPage({ timezoneId: 'America/Los_Angeles' });
    await signInThroughApi(page, VICTOR);
    await openLicenses(page, '?tab=keys&sort=expiresAt&direction=asc');
    const { items } = (await (
      await page.request.get('/api/portal/licenses/keys?sort=expiresAt&direction=asc')
    ).json()) as ListPage<LicenseKeyItem>;
    const zone = (await (await page.request.get('/api/portal/session')).json()).user.preferences
      .timezone as string;
    const shown = await rowTexts(page, 'License keys');
    expect(shown).toHaveLength(items.length);
    // "FEA Solver (8 max cores) · until 30 Nov 2026", one a feature; a dash when there is none.
    const featuresText = (features: GrantedFeature[]) =>
      features.length === 0
        ? '—'
        : features
            .map((feature) =>
              [
                feature.name,
                feature.kind === 'limit' ? ` (${featureLimitText(feature)})` : '',
                feature.expiresAt
                  ? `${featureState(feature.expiresAt, new Date()) === 'ended' ? ' · ended ' : ' · until '}${formatInTimeZone(feature.expiresAt, zone, DATE_FORMAT)}`
                  : '',
              ].join(''),
            )
            .join(' ');
    const first = items[0];
    expect(shown[0]).toBe(
      [
        `•••• ${first.maskedKey.slice(-4)}`,
        first.productName,
        first.entitlementPublicId,
        LICENSE_STATUS_LABELS[first.status],
        `${first.seatsUsed} / ${first.seats}`,
        assigneeText(first.assignees),
        featuresText(first.features),
        first.expiresAt ? formatInTimeZone(first.expiresAt, zone, DATE_FORMAT) : 'Never',
      ].join(' '),
    );
    expect(shown.at(-1)).toContain('Never');
    await expectNoAxeViolations(page);

    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Suspended' }).click();
    await expect
      .poll(() => rowTexts(page, 'License keys'))
      .toEqual([expect.stringContaining('Suspended')]);
    expect(page.url()).toMatch(/status=suspended/);

    // A key opens its entitlement's panel with that license expanded: reveal, copy and check live there.
    await page
      .getByRole('table', { name: 'License keys' })
      .getByRole('button', { name: /open entitlement/ })
      .click();
    const panel = page.getByRole('dialog', { name: /^Entitlement ENT-/ });
    await panel
      .getByRole('button', { name: /Reveal/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
  });
});
