import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, signInThroughApi } from './support/pages';
import { usePortal } from './support/portal';

const boxOf = async (locator: Locator) => (await locator.boundingBox())!;
type Box = Awaited<ReturnType<typeof boxOf>>;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describeInBrowser('list headers and toasts', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('sorts when the header cell is clicked beside its title, and from the keyboard', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, ALICE);
    await page.goto('/licenses?tab=entitlements');
    const header = page.getByRole('columnheader', { name: /^Sales Order/ });
    await page.locator('table[aria-busy="false"]').first().waitFor();
    // The cell's bottom-right corner: padding, not the title's text.
    const cell = await boxOf(header);
    await page.mouse.click(cell.x + cell.width - 3, cell.y + cell.height - 3);
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('salesOrder');
    expect(new URL(page.url()).searchParams.get('direction')).toBe('asc');

    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('direction')).toBe('desc');
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`shows toasts clear of the notification bell and the account menu (${viewport.width} px)`, async () => {
      const page = await portal.newPage({ viewport });
      await signInThroughApi(page, ALICE);
      await page.goto('/profile');
      await page.getByRole('button', { name: 'Save profile' }).click();
      const toast = page
        .locator('.mantine-Notification-root')
        .filter({ hasText: 'Profile saved.' });
      await toast.waitFor();
      await toast.hover(); // a hovered toast stays until the pointer leaves it
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      const bell = await boxOf(page.getByRole('button', { name: /^Notifications/ }));
      const menu = await boxOf(page.getByRole('button', { name: /^Account menu for / }));
      expect(overlap(await boxOf(toast), bell)).toBe(false);
      expect(overlap(await boxOf(toast), menu)).toBe(false);
    });
  }
});
