import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestIdp, type TestIdp } from '../support/test-idp';
import { describeInBrowser } from './support/browser';
import {
  ALICE,
  expectNoAxeViolations,
  fillSignInForm,
  DEMO_PASSWORD,
  signIn,
  VICTOR,
  waitForDashboard,
} from './support/pages';
import { usePortal } from './support/portal';

const NEWCOMER = 'nia.hart@northwind.example';

/** The whole single sign-on in Chromium against a real OpenID provider in this process. */
describeInBrowser('single sign-on', { timeout: 90_000 }, () => {
  const portal = usePortal({ env: () => ({ SSO_ALLOW_HTTP_ISSUERS: 'true' }) });
  let idp: TestIdp;
  beforeAll(async () => {
    idp = await startTestIdp({ redirectUris: [`${portal.baseUrl}/sso/callback`] });
  });
  afterAll(() => idp?.close());

  /** A page whose visit goes through the IdP's own pages (a web font it links, its favicon). */
  async function idpPage(expectedHttpErrors: { status: number; path: string }[] = []) {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 404, path: '/favicon.ico' }, ...expectedHttpErrors],
    });
    await page.route('https://fonts.googleapis.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    return page;
  }

  /** oidc-provider's development login: any login (here the email) and password, then consent. */
  async function signInAtIdp(page: Page, email: string) {
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }

  async function startSso(page: Page, email: string) {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in with SSO' }).click();
    await page.getByRole('textbox', { name: 'Work email' }).fill(email);
    await page.getByRole('button', { name: 'Continue with SSO' }).click();
  }

  const sessionOf = (page: Page) =>
    page.evaluate(() => fetch('/api/portal/session').then((r) => r.json()));

  it('lets an Admin test and save the connection in Settings', async () => {
    const page = await portal.newPage();
    await signIn(page, ALICE);
    await page.getByRole('link', { name: 'Account Settings' }).click();
    const section = page.getByRole('region', { name: 'Single sign-on' });
    await section.getByRole('textbox', { name: 'Issuer URL' }).fill(idp.issuer);
    await section.getByRole('textbox', { name: 'Client ID' }).fill(idp.clientId);
    await section.getByLabel('Client secret').fill(idp.clientSecret);
    await section.getByRole('textbox', { name: 'Allowed email domains' }).fill('northwind.example');
    await section.getByRole('button', { name: 'Test connection' }).click();
    await section.getByText('The connection works').waitFor();
    await section.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Single sign-on settings saved.').waitFor();
    await expect
      .poll(() => section.getByText('A secret is stored and never shown.').count())
      .toBe(1);
    await expectNoAxeViolations(page);
  });

  it('signs a first-time member in through the IdP and makes them a Viewer', async () => {
    const page = await idpPage();
    await startSso(page, NEWCOMER);
    await signInAtIdp(page, NEWCOMER);
    await waitForDashboard(page);
    const session = await sessionOf(page);
    expect(session).toMatchObject({ user: { email: NEWCOMER }, role: 'viewer' });
  });

  it('refuses a person of a foreign domain and says why', async () => {
    const page = await idpPage([{ status: 401, path: '/api/portal/session' }]);
    await startSso(page, NEWCOMER);
    await signInAtIdp(page, 'eve@elsewhere.example');
    await page.waitForURL(/\/login\?sso_error=domain_not_allowed/);
    await page
      .getByRole('alert')
      .getByText('Your email domain may not sign in to this organization.')
      .waitFor();
    expect(await page.evaluate(() => fetch('/api/portal/session').then((r) => r.status))).toBe(401);
  });

  it('tells a member of an unknown domain that no organization uses SSO for it', async () => {
    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 404, path: '/api/portal/auth/sso/start' }],
    });
    await startSso(page, 'eve@elsewhere.example');
    await page.getByText('No organization uses single sign-on for this email domain.').waitFor();
  });

  it('blocks the password form once SSO is required', async () => {
    const admin = await portal.newPage();
    await signIn(admin, ALICE);
    await admin.getByRole('link', { name: 'Account Settings' }).click();
    const section = admin.getByRole('region', { name: 'Single sign-on' });
    await section.getByRole('switch', { name: 'Require single sign-on' }).check({ force: true });
    await section.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Single sign-on settings saved.').waitFor();

    const page = await portal.newPage({
      expectedHttpErrors: [{ status: 403, path: '/api/portal/auth/login' }],
    });
    await page.goto('/login');
    await fillSignInForm(page, VICTOR, DEMO_PASSWORD);
    await page
      .getByRole('alert')
      .getByText(/requires single sign-on/)
      .waitFor();
    expect(page.url()).toContain('/login');
    await expectNoAxeViolations(page);
  });
});
