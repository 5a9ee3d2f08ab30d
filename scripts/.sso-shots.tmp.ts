// Temporary screenshot script (not committed): the SSO surfaces configured, at 3 sizes, light/dark, Admin/Viewer/guest.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../tests/e2e/support/server';
import { ALICE, DEMO_PASSWORD, VICTOR } from '../tests/e2e/support/pages';
import { startTestIdp } from '../tests/support/test-idp';

const OUT = '/tmp/sso-shots';
mkdirSync(OUT, { recursive: true });
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

async function login(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

const server = await startServer({ SSO_ALLOW_HTTP_ISSUERS: 'true' }, 'sqlite');
const idp = await startTestIdp({ redirectUris: [`${server.baseUrl}/sso/callback`] });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // Configure once as Alice through the API.
  {
    const context = await browser.newContext({ baseURL: server.baseUrl });
    const page = await context.newPage();
    await login(page, ALICE);
    const status = await page.evaluate(async (idp) => {
      const session = await (await fetch('/api/portal/session')).json();
      const r = await fetch('/api/portal/sso', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          issuerUrl: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          allowedDomains: ['northwind.example', 'northwind-robotics.example'],
          defaultRole: 'viewer',
          ssoRequired: false,
        }),
      });
      await fetch('/api/portal/scim/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ name: 'Okta provisioning' }),
      });
      return r.status;
    }, idp);
    console.log('configured', status);
    await context.close();
  }
  for (const size of SIZES)
    for (const scheme of ['light', 'dark'] as const) {
      const tag = `${size.width}x${size.height}-${scheme}`;
      const context = await browser.newContext({ baseURL: server.baseUrl, viewport: size, colorScheme: scheme });
      const page = await context.newPage();
      // guest
      await page.goto('/login');
      await page.evaluate((s) => localStorage.setItem('mantine-color-scheme-value', s), scheme);
      await page.goto('/login');
      await page.getByRole('button', { name: 'Sign in with SSO' }).click();
      await page.getByRole('textbox', { name: 'Work email' }).waitFor();
      await page.screenshot({ path: `${OUT}/login-sso-${tag}.png`, fullPage: true });
      await page.goto('/login?sso_error=domain_not_allowed');
      await page.getByRole('alert').waitFor();
      await page.screenshot({ path: `${OUT}/login-sso-refused-${tag}.png`, fullPage: true });
      await page.goto('/login');
      await page.getByRole('textbox', { name: 'Email' }).waitFor();
      await page.screenshot({ path: `${OUT}/login-${tag}.png`, fullPage: true });
      for (const [who, email] of [['admin', ALICE], ['viewer', VICTOR]] as const) {
        await context.clearCookies();
        await login(page, email);
        await page.goto('/settings');
        const section = page.getByRole('region', { name: 'Single sign-on' });
        await section.waitFor();
        await page.waitForTimeout(500);
        if (who === 'admin') {
          await section.getByRole('button', { name: 'Test connection' }).click();
          await section.getByText('The connection works').waitFor();
        }
        await section.scrollIntoViewIfNeeded();
        await section.screenshot({ path: `${OUT}/settings-sso-${who}-${tag}.png` });
        if (who === 'admin') {
          const scim = page.getByRole('region', { name: 'SCIM provisioning' });
          await scim.scrollIntoViewIfNeeded();
          await scim.screenshot({ path: `${OUT}/scim-section-${tag}.png` });
          await page.getByRole('button', { name: 'Create SCIM token' }).click();
          await page.getByRole('textbox', { name: 'Name' }).fill('Entra ID');
          await page.screenshot({ path: `${OUT}/scim-dialog-name-${tag}.png` });
          await page.getByRole('button', { name: 'Create token' }).click();
          await page.getByText('Copy the token now').waitFor();
          await page.screenshot({ path: `${OUT}/scim-dialog-token-${tag}.png` });
          await page.getByRole('button', { name: 'Done' }).click();
        }
        await page.evaluate(() => fetch('/api/portal/auth/logout', { method: 'POST' }));
      }
      await context.close();
    }
} finally {
  await browser.close();
  await idp.close();
  await server.stop();
}
