import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { DashboardPayload } from '../../src/common/api-types';
import type { LicenseKeyItem } from '../../src/common/license-keys-schema';
import type { Page as ListPage } from '../../src/common/page';
import { describeInBrowser } from './support/browser';
import { ALICE, readKpis, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

const NEWCOMER = 'nia.hart@northwind.example';
const TOMAS = 'tomas.berg@northwind.example';

const texts = async (rows: ReturnType<Page['locator']>) =>
  (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** The License Keys row of a product's license in an entitlement, as the server lists it. */
async function keyOf(page: Page, entitlement: string, product: string) {
  const list = (await (
    await page.request.get(`/api/portal/licenses/keys?q=${entitlement}&limit=100`)
  ).json()) as ListPage<LicenseKeyItem>;
  return list.items.find((row) => row.productName === product)!;
}

/** Opens a license's card in its entitlement panel from the License Keys tab. */
async function openLicenseCard(page: Page, entitlement: string, product: string) {
  await page.goto(`/licenses?tab=keys&assigned=all&q=${entitlement}`);
  await page.locator('table[aria-busy="false"]').first().waitFor();
  await page
    .getByRole('button', { name: new RegExp(`${product}: open entitlement ${entitlement}$`) })
    .click();
  const panel = page.getByRole('dialog', { name: `Entitlement ${entitlement}` });
  return panel.getByRole('region', { name: new RegExp(`^${product}`) });
}

/** An Admin's assignment through the API the Assign dialog uses (a precondition, not what is tested). */
async function assignByApi(page: Page, licenseId: number, email: string, quantity: number) {
  const { csrfToken } = (await (await page.request.get('/api/portal/session')).json()) as {
    csrfToken: string;
  };
  const response = await page.request.post(`/api/portal/licenses/${licenseId}/assignments`, {
    data: { email, quantity },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(response.status(), await response.text()).toBe(201);
}

describeInBrowser('Licenses assigned to people', { timeout: 90_000 }, () => {
  const portal = usePortal();

  it('an Admin assigns seats to a member and to an email that is not a member yet, re-assigns and unassigns', async () => {
    // The over-assignment below is refused on purpose.
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 409, path: /^\/api\/portal\/licenses\/\d+\/assignments$/ }],
    });
    await signInThroughApi(page, ALICE);
    const card = await openLicenseCard(page, 'ENT-000104', 'Atlas CAD Studio');
    await card.getByRole('button', { name: 'Assign' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign Atlas CAD Studio' });
    await dialog.getByText('Entitlement ENT-000104: 0 of 10 seats assigned.').waitFor();
    // The member field has the focus, but its suggestions wait for a click or typing: nothing
    // covers the Seats field as the dialog opens.
    const member = dialog.getByRole('combobox', { name: 'Member or email' });
    await expect.poll(() => member.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('listbox').count()).toBe(0);
    await member.click();
    await page.getByRole('option', { name: VICTOR }).waitFor();
    await dialog.getByText('Entitlement ENT-000104: 0 of 10 seats assigned.').click();

    const assign = async (email: string, seats: number) => {
      await dialog.getByRole('combobox', { name: 'Member or email' }).fill(email);
      await dialog.getByRole('textbox', { name: 'Seats' }).fill(String(seats));
      await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    };
    await assign(VICTOR, 3);
    await page.getByText('Assigned to Victor Chen').waitFor();
    await dialog.getByText('Entitlement ENT-000104: 3 of 10 seats assigned.').waitFor();
    await assign(NEWCOMER, 2);
    await page.getByText(`${NEWCOMER} was invited and gets the seats on joining`).waitFor();
    await dialog.getByText('Entitlement ENT-000104: 5 of 10 seats assigned.').waitFor();
    expect(await texts(dialog.locator('tbody tr'))).toEqual([
      'Victor Chen 3 0',
      `${NEWCOMER} (invited) 2 0`,
    ]);

    // More seats than are free: the field says how many are left, nothing changes.
    await assign(ALICE, 6);
    await dialog.getByText('at most 5').waitFor();
    expect(await dialog.locator('tbody tr').count()).toBe(2);

    // Re-assign the invited address's seats to a member, then unassign them.
    await dialog.getByRole('button', { name: `Re-assign ${NEWCOMER}` }).click();
    await dialog.getByText(`Re-assign ${NEWCOMER}’s seats to someone else`).waitFor();
    await dialog.getByRole('combobox', { name: 'New member or email' }).fill(TOMAS);
    await dialog.getByRole('button', { name: 'Re-assign', exact: true }).click();
    await page.getByText(`Re-assigned from ${NEWCOMER} to Tomas Berg`).waitFor();
    await expect
      .poll(() => texts(dialog.locator('tbody tr')))
      .toEqual(['Victor Chen 3 0', 'Tomas Berg 2 0']);
    await dialog.getByRole('button', { name: 'Unassign Tomas Berg' }).click();
    await page.getByText('Tomas Berg unassigned; their activations stay').waitFor();
    await dialog.getByText('Entitlement ENT-000104: 3 of 10 seats assigned.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // What the customer reads afterwards: the card and the License Keys row.
    await card.getByText('Victor Chen (3)').waitFor();
    await page.keyboard.press('Escape');
    const key = await keyOf(page, 'ENT-000104', 'Atlas CAD Studio');
    const row = page
      .getByRole('table', { name: 'License keys' })
      .locator('tbody tr', { hasText: key.maskedKey.slice(-4) });
    await expect.poll(() => texts(row)).toEqual([expect.stringContaining('Victor Chen (3)')]);
  });

  it('a Viewer with assignments starts on "Assigned to me" on the Dashboard and My Licenses, and can switch to the organization', async () => {
    const admin = await portal.newPage();
    await signIn(admin, ALICE);
    const cirrus = await keyOf(admin, 'ENT-000101', 'Cirrus Render Farm');
    if (!cirrus.assignees.some((a) => a.name.startsWith('Victor')))
      await assignByApi(admin, cirrus.licenseId, VICTOR, 2);

    const page = await portal.newPage();
    await signIn(page, VICTOR);
    const mine = (await (
      await page.request.get('/api/portal/dashboard')
    ).json()) as DashboardPayload;
    const whole = (await (
      await page.request.get('/api/portal/dashboard?view=organization')
    ).json()) as DashboardPayload;
    expect(mine.view).toBe('mine');
    expect(await page.getByRole('radio', { name: 'Assigned to me' }).isChecked()).toBe(true);
    const kpis = await readKpis(page);
    expect(kpis['Total Licenses']).toBe(String(mine.kpis.totalLicenses));
    expect(kpis['Available Licenses']).toBe(String(mine.kpis.availableLicenses));
    const recent = page.getByRole('table', { name: 'Recent Licenses' }).locator('tbody tr');
    expect(await texts(recent)).toEqual(
      mine.recentLicenses.map((l) => expect.stringContaining(l.productName)),
    );
    expect(await texts(recent)).toContainEqual(expect.stringContaining('Cirrus Render Farm'));
    // Upcoming Expirations follow the view: only licenses assigned to Victor.
    const expiring = page.getByRole('table', { name: 'Upcoming Expirations' }).locator('tbody tr');
    expect(await texts(expiring)).not.toContainEqual(expect.stringContaining('ENT-000102'));

    await page.getByText('Whole organization').click();
    await expect
      .poll(async () => (await readKpis(page))['Total Licenses'])
      .toBe(String(whole.kpis.totalLicenses));
    expect(whole.kpis.totalLicenses).toBeGreaterThan(mine.kpis.totalLicenses);
    await expect.poll(() => texts(expiring)).toContainEqual(expect.stringContaining('ENT-000102'));

    await page.goto('/licenses?tab=keys');
    await page.locator('table[aria-busy="false"]').first().waitFor();
    expect(await page.getByRole('combobox', { name: 'Assigned to' }).inputValue()).toBe(
      'Assigned to me',
    );
    const rows = await texts(page.getByRole('table', { name: 'License keys' }).locator('tbody tr'));
    expect(rows.length).toBe(mine.kpis.totalLicenses);
    expect(rows.every((row) => /You \(\d+\)/.test(row))).toBe(true);
    await page.getByRole('combobox', { name: 'Assigned to' }).click();
    await page.getByRole('option', { name: 'Anyone or nobody' }).click();
    await expect
      .poll(async () =>
        page.getByRole('table', { name: 'License keys' }).locator('tbody tr').count(),
      )
      .toBeGreaterThan(rows.length);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`an Admin requests a renewal of an expiring license at ${viewport.width}×${viewport.height}`, async () => {
      const page = await portal.newPage({ viewport });
      await signInThroughApi(page, ALICE);
      const card = await openLicenseCard(page, 'ENT-000102', 'Beacon Analytics Cloud');
      await card.getByText('Request a renewal from the vendor below', { exact: false }).waitFor();
      await card.getByRole('button', { name: 'Request renewal' }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Request renewal of Beacon Analytics Cloud',
      });
      await dialog
        .getByText(/^The vendor receives entitlement ENT-000102, sales order SO-48377/)
        .waitFor();

      // The dialog fits the viewport's width; its submit button can be scrolled to and pressed.
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      await dialog
        .getByRole('textbox', { name: 'Message (optional)' })
        .fill('Two more seats, please.');
      const send = dialog.getByRole('button', { name: 'Send request' });
      await send.scrollIntoViewIfNeeded();
      const button = (await send.boundingBox())!;
      expect(button.y + button.height).toBeLessThanOrEqual(viewport.height);
      expect(button.x + button.width).toBeLessThanOrEqual(viewport.width);
      await send.click();
      await page.getByText('Renewal request sent to renewals@vendor.example').waitFor();
      await dialog.waitFor({ state: 'detached' });
    });
  }

  it('Contact support from Check a key pre-fills the organization, the license and the code the check answered', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const { csrfToken } = (await (await page.request.get('/api/portal/session')).json()) as {
      csrfToken: string;
    };
    const echo = await keyOf(page, 'ENT-000103', 'Echo Field Toolkit');
    const reveal = (await (
      await page.request.post(`/api/portal/licenses/${echo.licenseId}/reveal-key`, {
        headers: { 'x-csrf-token': csrfToken },
        data: { purpose: 'copy' },
      })
    ).json()) as { key: string };
    await page.goto('/licenses');
    await page.getByRole('button', { name: 'Check a key' }).click();
    const check = page.getByRole('dialog', { name: 'Check a license key' });
    await check.getByRole('textbox', { name: 'License key' }).fill(reveal.key);
    await check.getByRole('button', { name: 'Check' }).click();
    await check.getByRole('status').waitFor();
    await check.getByRole('button', { name: 'Contact support' }).click();
    const support = page.getByRole('dialog', { name: 'Contact support' });
    const details = support.getByRole('textbox', { name: 'Details for support' });
    await expect
      .poll(() => details.inputValue())
      .toMatch(
        /^Organization: Northwind Robotics\nProduct: Echo Field Toolkit\nEntitlement: ENT-000103\nSales order: SO-49012\nLicense key: .*\nLatest validation code: EXPIRED\n/,
      );
    await support.getByText('support@vendor.example').waitFor();
  });

  it('every page has a Contact support entry', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    for (const path of [
      '/',
      '/licenses',
      '/activations',
      '/downloads',
      '/audit',
      '/members',
      '/profile',
      '/settings',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('banner').getByRole('button', { name: 'Contact support' }).click();
      const support = page.getByRole('dialog', { name: 'Contact support' });
      await expect
        .poll(() => support.getByRole('textbox', { name: 'Details for support' }).inputValue())
        .toMatch(/^Organization: Northwind Robotics\n/);
      await page.keyboard.press('Escape');
      await support.waitFor({ state: 'detached' });
    }
  });
});
