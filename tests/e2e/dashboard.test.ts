import { expect, it } from 'vitest';
import type {
  DashboardPayload,
  PortalSection,
  SessionPayload,
} from '../../src/common/api-types.js';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  formatInTimeZone,
} from '../../src/common/format/date-time.js';
import { daysLeftText } from '../../src/common/format/days-left.js';
import { describeInBrowser } from './support/browser';
import {
  ALICE,
  DEMO_PASSWORD,
  expectNoAxeViolations,
  fillSignInForm,
  readKpis,
  signIn,
  VICTOR,
  waitForDashboard,
} from './support/pages';
import { usePortal } from './support/portal';

// The demo seed's Northwind Robotics, as its Admin sees it.
const NORTHWIND_KPIS = {
  'Total Licenses': '8',
  'Active Licenses': '6',
  'Activations in Use': '8',
  'Expiring Soon': '2',
  'Available Licenses': '67',
  'Activated Licenses': '14',
  // Free seats of active licenses: 67 seats − 14 activated − 9 of the expired trial and the suspended license.
  'Unactivated Licenses': '44',
  'Total Members': '4',
};

// The sidebar of the specification, in its order.
const SIDEBAR: Record<PortalSection, string> = {
  dashboard: 'Dashboard',
  licenses: 'My Licenses',
  activations: 'Activations',
  downloads: 'Downloads',
  members: 'Members',
  audit: 'Audit & Events',
  settings: 'Account Settings',
  profile: 'Profile & Security',
};

describeInBrowser('dashboard', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('shows an Admin every key figure of their organization', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    expect(await readKpis(page)).toEqual(NORTHWIND_KPIS);
    expect(await page.getByRole('banner').getByText('Northwind Robotics').isVisible()).toBe(true);
  });

  // The figures and dates below need the browser's locale data, which public/warm-intl.js
  // loads while the app's code downloads, outside the first render (decision 170).
  it('loads the locale data for numbers and dates beside the app’s code, within the CSP', async () => {
    const page = await portal.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await signIn(page, ALICE);
    const warmUp = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === '/warm-intl.js')
        .map((entry) => (entry as PerformanceResourceTiming).responseStatus),
    );
    expect(warmUp).toEqual([200]);
    expect(errors.filter((text) => /Content Security Policy|warm-intl/.test(text))).toEqual([]);
  });

  it('shows a Viewer the same figures except the member count', async () => {
    const page = await portal.newPage();
    await signIn(page, VICTOR);
    const viewerKpis: Record<string, string> = { ...NORTHWIND_KPIS };
    delete viewerKpis['Total Members'];
    expect(await readKpis(page)).toEqual(viewerKpis);
    // One organization: its name, no switcher.
    expect(await page.getByRole('button', { name: /^Organization:/ }).count()).toBe(0);
  });

  it('offers only the sections this build has, in the specification’s order', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const { sections } = (await (
      await page.request.get('/api/portal/session')
    ).json()) as SessionPayload;
    const has = (section: PortalSection) => sections.includes(section);

    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    const expected = Object.entries(SIDEBAR).flatMap(([section, label]) =>
      has(section as PortalSection) ? [label] : [],
    );
    expect(await navigation.getByRole('link').allTextContents()).toEqual(expected);
    expect(
      await navigation.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current'),
    ).toBe('page');

    // Nothing links to a section this build does not have.
    const quickActions = (['licenses', 'activations', 'downloads'] as const).filter(has);
    expect(await page.getByRole('heading', { name: 'Quick actions' }).count()).toBe(
      quickActions.length > 0 ? 1 : 0,
    );
    expect(await page.getByRole('heading', { name: 'Invite My Team' }).count()).toBe(
      has('members') ? 1 : 0,
    );
    // Upcoming Expirations, Recent Licenses and Features Ending Soon all lead into My Licenses.
    const viewAll = (['licenses', 'licenses', 'licenses', 'activations', 'audit'] as const).filter(
      has,
    );
    expect(await page.getByRole('link', { name: /^View all/ }).count()).toBe(viewAll.length);
  });

  it('lists recent records with dates in the member’s time zone, not the browser’s', async () => {
    const page = await portal.newPage({ timezoneId: 'America/Los_Angeles' });
    await signIn(page, ALICE);
    const data = (await (
      await page.request.get('/api/portal/dashboard')
    ).json()) as DashboardPayload;
    const zone = 'Europe/Berlin'; // Alice's preference in the demo seed

    const cells = (table: string) =>
      page
        .getByRole('table', { name: table })
        .locator('tbody tr')
        .first()
        .locator('td')
        .allTextContents();
    const [license, activation, event] = [
      data.recentLicenses[0],
      data.recentActivations[0],
      data.recentAuditEvents[0],
    ];
    expect(await cells('Recent Licenses')).toEqual([
      license.maskedKey,
      license.productName,
      expect.stringMatching(/^(Active|Expiring soon|Expired|Suspended|Revoked)$/),
      formatInTimeZone(license.addedAt, zone, DATE_FORMAT),
    ]);
    expect(await cells('Recent Activations')).toEqual([
      activation.productName,
      String(activation.quantity),
      formatInTimeZone(activation.activatedAt, zone, DATE_FORMAT),
      activation.activatedBy,
    ]);
    expect(await cells('Recent Audits & Events')).toEqual([
      formatInTimeZone(event.occurredAt, zone, DATE_TIME_FORMAT),
      event.message,
      expect.stringMatching(/^security$/i),
      event.user,
    ]);
    expect(
      await page.getByRole('table', { name: 'Recent Licenses' }).locator('tbody tr').count(),
    ).toBe(5);
  });

  it('switches organization from the header', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);

    await page.getByRole('button', { name: 'Organization: Northwind Robotics' }).click();
    await page.getByRole('menuitem', { name: /Globex Engineering/ }).click();
    await page.getByRole('button', { name: 'Organization: Globex Engineering' }).waitFor();
    await waitForDashboard(page);

    // Alice is a Viewer in Globex: its own figures, and no member count.
    await expect
      .poll(() => readKpis(page))
      .toMatchObject({
        'Total Licenses': '2',
        'Available Licenses': '56',
        'Activated Licenses': '5',
      });
    expect(await readKpis(page)).not.toHaveProperty('Total Members');
    expect(
      (await page.getByRole('button', { name: /Account menu/ }).textContent())?.includes('Viewer'),
    ).toBe(true);
  });

  it('shows an error with a retry when the dashboard cannot be loaded', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 503, path: '/api/portal/dashboard' }],
    });
    let failing = true;
    await page.route('**/api/portal/dashboard', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            json: { error: { code: 'unavailable', message: 'The database is being upgraded.' } },
          })
        : route.continue(),
    );
    await page.goto('/login');
    await fillSignInForm(page, ALICE, DEMO_PASSWORD);

    const alert = page.getByRole('alert');
    await alert.getByText('The database is being upgraded.').waitFor({ timeout: 15_000 }); // after the automatic retries
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForDashboard(page);
    expect(await readKpis(page)).toEqual(NORTHWIND_KPIS);
  });
});

describeInBrowser('dashboard: upcoming expirations and KPI links', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('lists the licenses expiring soonest with the days left in words and a way to renew each', async () => {
    const page = await portal.newPage({ timezoneId: 'America/Los_Angeles' });
    await signIn(page, ALICE);
    const data = (await (
      await page.request.get('/api/portal/dashboard')
    ).json()) as DashboardPayload;
    const table = page.getByRole('table', { name: 'Upcoming Expirations' });
    await table.locator('tbody tr').first().waitFor();
    const rows = (await table.locator('tbody tr').all()).length;
    expect(rows).toBe(data.upcomingExpirations.length);
    const first = data.upcomingExpirations[0];
    expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      first.productName,
      first.entitlementPublicId,
      first.maskedKey,
      formatInTimeZone(first.expiresAt, 'Europe/Berlin', DATE_FORMAT),
      daysLeftText(first.expiresAt, new Date()),
      'Renewal options',
    ]);
    expect(daysLeftText(first.expiresAt, new Date())).toMatch(/^\d+ days? left$/);

    // The renewal path: that license's card, open in its entitlement panel, with the renewal advice.
    await table
      .getByRole('link', {
        name: `Renewal options for ${first.productName} (${first.entitlementPublicId})`,
      })
      .click();
    const panel = page.getByRole('dialog', { name: `Entitlement ${first.entitlementPublicId}` });
    // Only the expanded card is a region: another license of the entitlement may expire soon too.
    const card = panel.getByRole('region', { name: new RegExp(`^${first.productName}`) });
    await card.getByText('This license expires soon').waitFor();
    expect(await page.getByRole('tab', { name: 'License Keys', selected: true }).count()).toBe(1);
  });

  it('opens the list each KPI counts, already filtered', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    const kpis = await readKpis(page);
    await page.getByRole('link', { name: /^Expiring Soon: 2\. View/ }).click();
    const keys = page.getByRole('table', { name: 'License keys' });
    await page.locator('table[aria-busy="false"]').first().waitFor();
    await expect.poll(() => keys.locator('tbody tr').count()).toBe(Number(kpis['Expiring Soon']));
    expect(await page.getByRole('combobox', { name: 'Expiring' }).inputValue()).toBe(
      'Within 30 days',
    );

    await page.goBack();
    await page.getByRole('link', { name: /^Active Licenses: 6\. View/ }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('Active (valid)');
    await expect.poll(() => keys.locator('tbody tr').count()).toBe(Number(kpis['Active Licenses']));

    await page.goBack();
    await page.getByRole('link', { name: /^Total Members: 4\. View/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: /^Activations in Use: 8\. View/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Activations' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
