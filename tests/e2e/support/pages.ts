import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, demoUsers } from '../../../src/server/demo/demo-data.js';
import { axeOn } from './axe';

const emailOf = (key: (typeof demoUsers)[number]['key']) =>
  demoUsers.find((user) => user.key === key)!.email;

/** Seeded members: Alice is Admin of Northwind Robotics and Viewer of Globex Engineering; Victor is a Northwind Viewer. */
export const ALICE = emailOf('alice');
export const VICTOR = emailOf('victor');
export { DEMO_PASSWORD };

export async function fillSignInForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in from the sign-in page and waits for the Dashboard with its data. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await fillSignInForm(page, email, DEMO_PASSWORD);
  await waitForDashboard(page);
}

/**
 * Signs in through the API: the session cookie lands in the page's browser context, and the
 * test opens its own page next. The sign-in form and the Dashboard's first load belong to
 * their own tests; here they only cost time (decision 171).
 */
export async function signInThroughApi(page: Page, email: string): Promise<void> {
  const answer = await page
    .context()
    .request.post('/api/portal/auth/login', { data: { email, password: DEMO_PASSWORD } });
  if (!answer.ok()) throw new Error(`Signing ${email} in failed: ${answer.status()}`);
}

export async function waitForDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page
    .getByRole('table', { name: 'Recent Licenses' })
    .locator('tbody[aria-busy="false"]')
    .waitFor();
}

/** The Dashboard's key figures, label → value as shown. */
export function readKpis(page: Page): Promise<Record<string, string>> {
  return page
    .locator('main dl')
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll('dt')].map((term) => [
          term.textContent!.trim(),
          term.nextElementSibling!.textContent!.trim(),
        ]),
      ),
    );
}

/**
 * Runs axe with its default rule set (WCAG 2.x A/AA and best practices) and expects no
 * violations, once every transition that ends has ended: half-faded text in an opening drawer or modal
 * would fail the contrast rule, and when its data arrives before the fade ends is a race.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Spinners and skeletons loop forever: only transitions that end are waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const { violations } = await axeOn(page).analyze();
  const summary = violations.map((violation) =>
    [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map(
        (node) => `  ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    ].join('\n'),
  );
  expect(summary).toEqual([]);
}
