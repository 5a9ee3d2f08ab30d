import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, expectNoAxeViolations, signIn, waitForDashboard } from './support/pages';
import { usePortal } from './support/portal';

const colorSchemeOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));

describeInBrowser('accessibility', { timeout: 60_000 }, () => {
  const portal = usePortal();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the sign-in page (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(await colorSchemeOf(page)).toBe(colorScheme);
      await expectNoAxeViolations(page);
    });

    it(`has no axe violations on the dashboard (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signIn(page, ALICE);
      expect(await colorSchemeOf(page)).toBe(colorScheme);
      await expectNoAxeViolations(page);
    });
  }

  it('keeps the light/dark choice made with the toggle', async () => {
    const page = await portal.newPage({ colorScheme: 'light' });
    await signIn(page, ALICE);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await colorSchemeOf(page)).toBe('dark');

    await page.reload();
    await waitForDashboard(page);
    expect(await colorSchemeOf(page)).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
  });

  it('lets keyboard users skip to the main content', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });
});
