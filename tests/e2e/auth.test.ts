import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, DEMO_PASSWORD, fillSignInForm, waitForDashboard } from './support/pages';
import { usePortal } from './support/portal';

describeInBrowser('signing in and out', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('sends a signed-out visitor to sign in, and back to the page they asked for', async () => {
    const page = await portal.newPage();
    await page.goto('/?from=bookmark');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/?from=bookmark');

    await fillSignInForm(page, ALICE, DEMO_PASSWORD);
    await waitForDashboard(page);
    expect(page.url()).toBe(`${portal.baseUrl}/?from=bookmark`);
  });

  it('shows the server’s message for a wrong password and stays on the sign-in page', async () => {
    const page = await portal.newPage();
    await page.goto('/login');
    await fillSignInForm(page, ALICE, 'not-the-password');

    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('The email or password is incorrect.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('button', { name: 'Sign in', exact: true }).isEnabled()).toBe(true);
  });

  it('asks for missing fields before calling the server', async () => {
    const page = await portal.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('signs out, after which pages need signing in again', async () => {
    const page = await portal.newPage();
    await page.goto('/login');
    await fillSignInForm(page, ALICE, DEMO_PASSWORD);
    await waitForDashboard(page);

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(
      (await page.context().cookies()).filter((cookie) => cookie.name === 'portal_session'),
    ).toEqual([]);
  });

  it('sends the member to sign in when their session ends while they use the portal', async () => {
    // Every query the open page refetches answers 401 from then on.
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 401, path: /^\/api\/portal\// }],
    });
    await page.goto('/login');
    await fillSignInForm(page, ALICE, DEMO_PASSWORD);
    await waitForDashboard(page);

    await page.context().clearCookies();
    // Coming back to the tab refetches the dashboard, which now answers 401.
    await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
