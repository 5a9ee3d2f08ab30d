import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import {
  DEMO_PASSWORD,
  expectNoAxeViolations,
  fillSignInForm,
  signIn,
  signInThroughApi,
  waitForDashboard,
} from './support/pages';
import { usePortal } from './support/portal';

// Each test has its own member, so that a changed password or a second factor stays in its test.
const TOMAS = 'tomas.berg@northwind.example';
const PRIYA = 'priya.patel@northwind.example';
const GINA = 'gina.admin@globex.example';
const IAN = 'ian.admin@initech.example';
const UNKNOWN_TOKEN = 'x'.repeat(43);

async function openProfile(page: Page): Promise<void> {
  await page.goto('/profile');
  await page.getByRole('heading', { level: 1, name: 'Profile & Security' }).waitFor();
  await page.getByRole('table', { name: 'Active sessions' }).waitFor();
}

/** The code an authenticator app shows `stepsAhead` 30-second steps from now (the server accepts one step of drift). */
const codeFor = (secret: string, stepsAhead = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });

describeInBrowser('profile and security', { timeout: 90_000 }, () => {
  const portal = usePortal();

  it('turns on two-factor authentication and then signs in with a code', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, TOMAS);
    await openProfile(page);
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    const dialog = page.getByRole('dialog', { name: 'Turn on two-factor authentication' });
    await dialog.getByLabel('Current password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('img', { name: /QR code/ }).waitFor();
    await expectNoAxeViolations(page);
    const secret = (await dialog.getByTestId('totp-secret').textContent())!;
    await dialog.getByRole('textbox', { name: /6-digit code/ }).fill(await codeFor(secret));
    await dialog.getByRole('button', { name: 'Turn on', exact: true }).click();
    const list = dialog.getByRole('list', { name: 'Recovery codes' });
    await list.waitFor();
    const codes = await list.getByRole('listitem').allTextContents();
    expect(codes).toHaveLength(10);
    await dialog.getByRole('button', { name: 'I have saved my codes' }).click();
    await page.getByText('10 of 10 recovery codes left.').waitFor();

    const again = await portal.newPage();
    await again.goto('/login');
    await fillSignInForm(again, TOMAS, DEMO_PASSWORD);
    await again.getByRole('textbox', { name: 'Authentication code' }).waitFor();
    await expectNoAxeViolations(again);
    // The enrolment used this step's code: a code from the next step is not a replay.
    await again
      .getByRole('textbox', { name: 'Authentication code' })
      .fill(await codeFor(secret, 1));
    await again.getByRole('button', { name: 'Verify' }).click();
    await waitForDashboard(again);

    const withRecovery = await portal.newPage();
    await withRecovery.goto('/login');
    await fillSignInForm(withRecovery, TOMAS, DEMO_PASSWORD);
    await withRecovery
      .getByRole('button', { name: 'Lost your phone? Use a recovery code' })
      .click();
    await withRecovery.getByRole('textbox', { name: 'Recovery code' }).fill(codes[0]);
    await withRecovery.getByRole('button', { name: 'Verify' }).click();
    await waitForDashboard(withRecovery);
    await openProfile(withRecovery);
    await withRecovery.getByText('9 of 10 recovery codes left.').waitFor();
  });

  it('refuses a wrong second-factor code with the server’s message', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 401, path: '/api/portal/auth/login/second-factor' }],
    });
    await page.goto('/login');
    await fillSignInForm(page, TOMAS, DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'Authentication code' }).fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The code is incorrect or was already used.');
  });

  it('saves name and phone, shown in the header at once', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 400, path: '/api/portal/account/profile' }],
    });
    await signInThroughApi(page, PRIYA);
    await openProfile(page);
    await page.getByRole('textbox', { name: 'First name' }).fill('Priyanka');
    await page.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0018');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    await page.getByRole('button', { name: 'Account menu for Priyanka Patel' }).waitFor();

    await page.getByRole('textbox', { name: 'Phone' }).fill('call me maybe');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText(/is not a phone number/).waitFor();
  });

  it('asks for the new address to be confirmed before changing the email', async () => {
    const page = await portal.newPage();
    await signInThroughApi(page, PRIYA);
    await openProfile(page);
    await page.getByRole('button', { name: 'Change email' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change your email address' });
    await dialog.getByRole('textbox', { name: 'New email' }).fill('priya@northwind.example');
    await dialog.getByLabel('Current password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: 'Send confirmation link' }).click();
    await page
      .getByText('Open the link we sent to priya@northwind.example to switch to it.')
      .waitFor();
  });

  it('changes the password, signing out the other sessions', async () => {
    const other = await portal.newPage({
      expectedHttpErrors: [{ status: 401, path: '/api/portal/account' }],
    });
    await signIn(other, IAN);
    const page = await portal.newPage();
    await signInThroughApi(page, IAN);
    await openProfile(page);
    await page.getByText('1 other session.').waitFor();
    const form = page.getByRole('region', { name: 'Password' });
    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByLabel(/^New password/).fill('violet-harbour-lantern-42');
    await form.getByLabel('Repeat new password').fill('violet-harbour-lantern-42');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();
    await page.getByText('You are signed in only here.').waitFor();

    await other.goto('/profile');
    await other.waitForURL((url) => url.pathname === '/login');
    await fillSignInForm(other, IAN, 'violet-harbour-lantern-42');
    // Back to the page asked for.
    await other.getByRole('heading', { level: 1, name: 'Profile & Security' }).waitFor();
  });

  it('signs out another session from the list', async () => {
    const other = await portal.newPage();
    await signIn(other, GINA);
    const page = await portal.newPage();
    await signInThroughApi(page, GINA);
    await openProfile(page);
    await page
      .getByRole('button', { name: /^Sign out Chrome on Linux/ })
      .first()
      .click();
    await page.getByText('You are signed in only here.').waitFor();
    await other.goto('/profile');
    await other.waitForURL((url) => url.pathname === '/login');
  });

  it('sends a reset link without telling whether the address has an account, and explains a bad link', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [
        { status: 400, path: '/api/portal/auth/reset-password' },
        { status: 400, path: '/api/portal/account/email/confirm' },
      ],
    });
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Email' }).fill('nobody@example.com');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page
      .getByRole('status')
      .getByText(/a reset link is on its way/)
      .waitFor();

    await page.goto(`/reset-password?token=${UNKNOWN_TOKEN}`);
    await page.getByLabel(/^New password/).fill('violet-harbour-lantern-42');
    await page.getByLabel('Repeat new password').fill('violet-harbour-lantern-42');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('This link is invalid, was already used or has expired.');
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();

    await page.goto(`/confirm-email?token=${UNKNOWN_TOKEN}`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('This link is invalid');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on Profile & Security (${colorScheme})`, async () => {
      const page = await portal.newPage({ colorScheme });
      await signInThroughApi(page, GINA);
      await openProfile(page);
      await expectNoAxeViolations(page);
    });
  }
});
