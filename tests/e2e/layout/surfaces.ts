import type { Locator, Page } from 'playwright-core';

/**
 * Every page, panel, drawer, modal and menu of the portal, for the layout check
 * (layout.test.ts). Add a surface here when you add one to the app: a name (used in the
 * test's name and the screenshot's file name), the address to start from, who can see it,
 * and how to open it. The check waits for the page to settle (no spinner, skeleton or busy
 * table) before and after `open`.
 */
export type Role = 'admin' | 'viewer' | 'guest';

/** The window sizes of issue 17: two laptops and a phone. */
export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
export type Size = (typeof SIZES)[number];
export const PHONE: readonly Size[] = [SIZES[2]];
// Axe at one laptop and the phone: 1440×900 shows 1366×768's elements (no breakpoint between
// them, tests/unit/layout-sizes.test.ts); window checks run at all three (decision 171).
export const AXE_SIZES: readonly Size[] = [SIZES[0], SIZES[2]];

export interface Surface {
  name: string;
  path: string;
  /** Who sees it; Admin and Viewer when absent. `guest` is signed out. */
  roles?: readonly Role[];
  /** Opens the panel, dialog or menu from the page at `path`; the page itself when absent. */
  open?: (page: Page) => Promise<void>;
  /** The window sizes where it exists; all three when absent. */
  sizes?: readonly Size[];
}

const SIGNED_IN: readonly Role[] = ['admin', 'viewer'];
const ADMIN: readonly Role[] = ['admin'];

const button = (page: Page | Locator, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' }).first();
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const click = async (target: Locator) => target.click();

/** Opens a detail panel and expands its last license card, where the last controls are. */
async function openEntitlementPanel(page: Page) {
  await button(page.getByRole('table', { name: 'Entitlements' }), /^ENT-/).click();
  const panel = dialog(page, /^Entitlement ENT-/);
  await panel.getByRole('heading', { name: 'Licenses' }).waitFor();
  await click(panel.locator('.mantine-Accordion-control').last());
}

async function openActivationDrawer(page: Page) {
  await button(page.getByRole('table', { name: 'Activations' }), /^Details of /).click();
  await dialog(page, 'Activation details').getByRole('heading', { name: 'Audit trail' }).waitFor();
}

export const SURFACES: readonly Surface[] = [
  { name: 'sign-in', path: '/login', roles: ['guest'] },
  {
    name: 'sign-in-sso',
    path: '/login',
    roles: ['guest'],
    open: (page) => button(page, 'Sign in with SSO').click(),
  },
  {
    // Where a refused single sign-on lands: the reason above the email field.
    name: 'sign-in-sso-refused',
    path: '/login?sso_error=domain_not_allowed',
    roles: ['guest'],
  },
  { name: 'forgot-password', path: '/forgot-password', roles: ['guest'] },

  { name: 'dashboard', path: '/' },
  {
    // The seat usage's charts, drawn only once scrolled to (decision 151).
    name: 'dashboard-charts',
    path: '/',
    open: async (page) => {
      const charts = page
        .getByRole('region', { name: 'Seats in use over time' })
        .getByRole('img', { name: 'Charts of the figures in the usage table' });
      await charts.scrollIntoViewIfNeeded();
      await charts.locator('.recharts-surface').nth(1).waitFor();
    },
  },
  {
    // The phone's navigation drawer; on wider windows the sidebar is part of every page.
    name: 'navigation',
    path: '/',
    sizes: PHONE,
    open: (page) => page.getByRole('button', { name: 'Toggle navigation' }).click(),
  },
  { name: 'notifications', path: '/', open: (page) => button(page, /^Notifications/).click() },
  {
    name: 'user-menu',
    path: '/',
    open: (page) => button(page.getByRole('banner'), /account menu|^Account/i).click(),
  },
  {
    name: 'organization-menu',
    path: '/',
    // Alice belongs to two organizations; Victor to one, whose name is plain text.
    roles: ADMIN,
    open: async (page) => {
      // On a phone the switcher leads the navigation menu, opened from the header.
      const header = button(page.getByRole('banner'), /^Organization:/);
      if (!(await header.isVisible()))
        await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await button(page, /^Organization:/).click();
    },
  },
  {
    name: 'contact-support',
    path: '/',
    open: async (page) => {
      await button(page.getByRole('banner'), 'Contact support').click();
      await dialog(page, 'Contact support').getByRole('textbox').waitFor();
    },
  },
  {
    // Issue 25: the layout check assigns both roles a seat (layout.test.ts).
    name: 'dashboard-assigned-to-me',
    path: '/',
    open: async (page) => {
      await page.getByText('Assigned to me', { exact: true }).click();
      await page
        .getByRole('radio', { name: 'Assigned to me', checked: true })
        .waitFor({ state: 'attached' });
    },
  },
  {
    name: 'invite-member',
    path: '/',
    roles: ADMIN,
    open: (page) => button(page.getByRole('main'), 'Invite Member').click(),
  },

  { name: 'licenses-products', path: '/licenses?assigned=all' },
  {
    name: 'product-panel',
    path: '/licenses?assigned=all',
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      await dialog(page, 'Atlas CAD Studio').getByText('Included in Entitlements').waitFor();
    },
  },
  {
    // The seat usage's figures as a table instead of the charts.
    name: 'product-usage-table',
    path: '/licenses?assigned=all',
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      const panel = dialog(page, 'Atlas CAD Studio');
      await button(panel.getByRole('region', { name: 'Seat usage' }), 'Show table').click();
      await panel.getByRole('table', { name: /^Seats in use per day/ }).waitFor();
    },
  },
  {
    name: 'activate',
    path: '/licenses?assigned=all',
    roles: ADMIN,
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      await button(dialog(page, 'Atlas CAD Studio'), 'Activate').click();
      await dialog(page, 'Activate Atlas CAD Studio').waitFor();
    },
  },
  { name: 'licenses-assigned-to-me', path: '/licenses?assigned=me' },
  { name: 'entitlements-assigned-to-me', path: '/licenses?tab=entitlements&assigned=me' },
  {
    name: 'assign',
    path: '/licenses?tab=entitlements&assigned=me',
    roles: ADMIN,
    open: async (page) => {
      await button(page.getByRole('table', { name: 'Entitlements' }), /^ENT-/).click();
      const panel = dialog(page, /^Entitlement ENT-/);
      await panel
        .locator('.mantine-Accordion-control', { hasText: 'Atlas CAD Studio' })
        .first()
        .click();
      await button(panel, 'Assign').click();
      await dialog(page, 'Assign Atlas CAD Studio').getByRole('table').waitFor();
    },
  },
  {
    // From the Dashboard's Upcoming Expirations, as a customer would get there.
    name: 'request-renewal',
    path: '/',
    roles: ADMIN,
    open: async (page) => {
      await page
        .getByRole('link', { name: /^Renewal options for / })
        .first()
        .click();
      const panel = dialog(page, /^Entitlement ENT-/);
      await button(panel, 'Request renewal').click();
      await dialog(page, /^Request renewal of /).waitFor();
    },
  },
  {
    name: 'contact-support-license',
    path: '/licenses?assigned=all',
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      await button(dialog(page, 'Atlas CAD Studio'), 'Contact support').click();
      // The details for support name the license (in the text area's value).
      await page.waitForFunction(() =>
        document
          .querySelector<HTMLTextAreaElement>('[role="dialog"] textarea[readonly]')
          ?.value.includes('Entitlement: ENT-'),
      );
    },
  },
  {
    name: 'check-a-key',
    path: '/licenses?assigned=all',
    open: (page) => button(page, 'Check a key').click(),
  },
  { name: 'licenses-entitlements', path: '/licenses?tab=entitlements&assigned=all' },
  {
    name: 'entitlement-panel',
    path: '/licenses?tab=entitlements&assigned=all',
    open: openEntitlementPanel,
  },
  {
    name: 'entitlement-features',
    path: '/licenses?tab=entitlements&assigned=all&q=ENT-000101',
    open: async (page) => {
      // ENT-000101's Atlas license grants features, an ended one among them (the demo data).
      await button(page.getByRole('table', { name: 'Entitlements' }), 'ENT-000101').click();
      const panel = dialog(page, 'Entitlement ENT-000101');
      await button(panel, /Atlas CAD Studio/).click();
      await panel
        .getByRole('list', { name: /^Features of the Atlas CAD Studio license/ })
        .waitFor();
    },
  },
  {
    name: 'feature-filter',
    path: '/licenses?tab=entitlements&assigned=all',
    open: async (page) => {
      await page.getByRole('combobox', { name: 'With feature' }).click();
      await page.getByRole('option').first().waitFor();
    },
  },
  { name: 'licenses-keys', path: '/licenses?tab=keys&assigned=all' },
  {
    name: 'license-keys-feature-filter',
    path: '/licenses?tab=keys&assigned=all',
    open: async (page) => {
      await page.getByRole('combobox', { name: 'With feature' }).click();
      await page.getByRole('option').first().waitFor();
    },
  },
  {
    name: 'entitlements-columns',
    path: '/licenses?tab=entitlements&assigned=all',
    open: (page) => button(page, 'Columns').click(),
  },

  { name: 'activations', path: '/activations' },
  { name: 'activation-drawer', path: '/activations', open: openActivationDrawer },
  {
    name: 'swap-machine',
    path: '/activations',
    roles: ADMIN,
    open: async (page) => {
      await openActivationDrawer(page);
      await button(dialog(page, 'Activation details'), 'Swap machine').click();
      await dialog(page, /^Swap /).waitFor();
    },
  },
  {
    name: 'activations-columns',
    path: '/activations',
    open: (page) => button(page, 'Columns').click(),
  },
  {
    name: 'date-range',
    path: '/activations',
    open: (page) => page.getByRole('button', { name: 'Start/End Date' }).click(),
  },
  {
    name: 'offline-activation',
    path: '/activations',
    roles: ADMIN,
    open: (page) => button(page, 'Offline activation').click(),
  },
  {
    name: 'reclaim-seats',
    path: '/activations',
    roles: ADMIN,
    open: (page) => button(page, 'Reclaim seats').click(),
  },
  {
    name: 'deactivate',
    path: '/activations',
    roles: ADMIN,
    open: async (page) => {
      await page
        .getByRole('table', { name: 'Activations' })
        .locator('tbody')
        .getByRole('checkbox')
        .first()
        .check();
      await button(page.getByRole('main'), 'Deactivate').click();
      await dialog(page, /^Deactivate /).waitFor();
    },
  },

  { name: 'downloads', path: '/downloads' },
  {
    name: 'changelog',
    path: '/downloads',
    open: async (page) => {
      await page
        .getByRole('link', { name: /changelog$/ })
        .first()
        .click();
      await page
        .getByRole('heading', { level: 1 })
        .filter({ hasText: /changelog/i })
        .waitFor();
    },
  },

  { name: 'members', path: '/members' },
  {
    name: 'members-invited',
    path: '/members',
    open: (page) => page.getByRole('tab', { name: 'Invited' }).click(),
  },
  {
    name: 'member-actions',
    path: '/members',
    roles: ADMIN,
    open: (page) => button(page, /^Actions for /).click(),
  },
  {
    name: 'change-role',
    path: '/members',
    roles: ADMIN,
    open: async (page) => {
      await button(page, /^Actions for Victor/).click();
      await page.getByRole('menuitem', { name: /role/i }).click();
      await dialog(page, /^Change the role of /).waitFor();
    },
  },
  {
    name: 'revoke-invitation',
    path: '/members',
    roles: ADMIN,
    open: async (page) => {
      await page.getByRole('tab', { name: 'Invited' }).click();
      await button(page, /^Revoke invitation to /).click();
    },
  },

  { name: 'audit', path: '/audit' },
  {
    name: 'audit-export',
    path: '/audit',
    roles: ADMIN,
    open: (page) => button(page, 'Export').click(),
  },
  {
    // Verifying the chain is an Admin's action (policy: audit.verify).
    name: 'audit-verify',
    path: '/audit',
    roles: ADMIN,
    open: async (page) => {
      await button(page, 'Verify integrity').click();
      await page.getByText(/^The log (is intact|has been tampered with)$/).waitFor();
    },
  },

  { name: 'settings', path: '/settings' },
  {
    // The single sign-on section (an Admin's form, a Viewer's summary) at the page's end.
    name: 'settings-sso',
    path: '/settings',
    open: (page) => page.getByRole('region', { name: 'Single sign-on' }).scrollIntoViewIfNeeded(),
  },
  {
    name: 'scim-token',
    path: '/settings',
    roles: ADMIN,
    open: (page) => button(page, 'Create SCIM token').click(),
  },
  { name: 'profile', path: '/profile' },
  { name: 'change-email', path: '/profile', open: (page) => button(page, 'Change email').click() },
  {
    name: 'two-factor-setup',
    path: '/profile',
    open: (page) => button(page, 'Turn on two-factor authentication').click(),
  },
];

export const rolesOf = (surface: Surface) => surface.roles ?? SIGNED_IN;
export const sizesOf = (surface: Surface) => surface.sizes ?? SIZES;
