import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DATE_TIME_FORMAT, formatInTimeZone } from '../../src/common/format/date-time';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, signInThroughApi, VICTOR } from './support/pages';
import { usePortal } from './support/portal';

const colorSchemeOf = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Account Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Account Settings' }).waitFor();
}

/** A segmented control's radio is visually hidden: members click its label. */
async function choose(page: Page, option: string): Promise<void> {
  await page.locator('label', { hasText: option }).click();
  expect(await page.getByRole('radio', { name: option }).isChecked()).toBe(true);
}

const saved = (page: Page, message = 'Settings saved.') =>
  page.getByText(message).first().waitFor();

describeInBrowser('account settings', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('shows every date in the chosen time zone, whatever the browser’s', async () => {
    const page = await portal.newPage({ timezoneId: 'Asia/Tokyo' });
    await signIn(page, ALICE);
    await openSettings(page);
    await page.getByRole('combobox', { name: 'Time zone' }).click();
    await page.getByRole('combobox', { name: 'Time zone' }).fill('New_York');
    await page.getByRole('option', { name: 'America/New_York' }).click();
    await saved(page);

    await page.getByRole('link', { name: 'Profile & Security' }).click();
    const shown = page.getByRole('table', { name: 'Active sessions' }).locator('time').first();
    const instant = (await shown.getAttribute('datetime'))!;
    expect(await shown.textContent()).toBe(
      formatInTimeZone(instant, 'America/New_York', DATE_TIME_FORMAT),
    );

    await page.reload();
    await openSettings(page);
    expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(
      'America/New_York',
    );
  });

  it('applies the theme and the date display at once and keeps them', async () => {
    const page = await portal.newPage({ colorScheme: 'light' });
    await signIn(page, VICTOR);
    await openSettings(page);
    await choose(page, 'Dark');
    await saved(page);
    await expect.poll(() => colorSchemeOf(page)).toBe('dark');

    await choose(page, '3 days ago');
    await saved(page);
    await page.getByRole('link', { name: 'Profile & Security' }).click();
    const shown = page.getByRole('table', { name: 'Active sessions' }).locator('time').first();
    await expect.poll(() => shown.textContent()).toMatch(/now|ago/);
    expect(await shown.getAttribute('title')).toMatch(/^\d{2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}$/);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Profile & Security' }).waitFor();
    expect(await colorSchemeOf(page)).toBe('dark');
  });

  it('switches single notification channels and remembers them', async () => {
    const page = await portal.newPage();
    await signIn(page, VICTOR);
    await openSettings(page);
    const checkbox = page.getByRole('checkbox', { name: 'Email: 15 days before expiry' });
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await saved(page, 'Notification settings saved.');
    expect(await page.getByRole('checkbox', { name: 'Email: Password changed' }).isDisabled()).toBe(
      true,
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Account Settings' }).waitFor();
    expect(
      await page.getByRole('checkbox', { name: 'Email: 15 days before expiry' }).isChecked(),
    ).toBe(false);
    expect(
      await page.getByRole('checkbox', { name: 'In portal: 15 days before expiry' }).isChecked(),
    ).toBe(true);
  });

  it('counts unread notifications on the bell and marks them read', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    // The job runs when the server starts: the seed has licenses 12 and 29 days from expiry.
    const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.click();
    await page.getByText('Beacon Analytics Cloud license expires in 12 days').waitFor();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on Account Settings (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signInThroughApi(page, ALICE);
      await page.goto('/settings');
      await page.getByRole('heading', { level: 1, name: 'Account Settings' }).waitFor();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('dialog', { name: 'Notifications' }).waitFor();
      await expectNoAxeViolations(page);
    });
  }
});
