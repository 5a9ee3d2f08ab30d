import type { Locator, Page } from 'playwright-core';

/**
 * Every page, panel, drawer, modal and menu of the portal, for the layout check
 * (layout.test.ts). Add a surface here when you add one to the app: a name (used in the
 * test's name and the screenshot's file name), the address to start from, who can see it,
 * and how to open it. The check waits for the page to settle (no spinner, skeleton or busy
 * table) before and after `open`.
 */
export type Role = 'admin' | 'viewer' | 'guest';

export interface Surface {
  name: string;
  path: string;
  /** Who sees it; Admin and Viewer when absent. `guest` is signed out. */
  roles?: readonly Role[];
  /** Opens the panel, dialog or menu from the page at `path`; the page itself when absent. */
  open?: (page: Page) => Promise<void>;
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
  { name: 'forgot-password', path: '/forgot-password', roles: ['guest'] },

  { name: 'dashboard', path: '/' },
  {
    name: 'navigation',
    path: '/',
    open: async (page) => {
      // The phone's navigation drawer; on wider screens the sidebar is always there.
      const burger = page.getByRole('button', { name: 'Toggle navigation' });
      if (await burger.isVisible()) await burger.click();
    },
  },
  { name: 'notifications', path: '/', open: (page) => button(page, /^Notifications/).click() },
  {
    name: 'user-menu',
    path: '/',
    open: (page) => button(page.getByRole('banner'), /account menu|^Account/i).click(),
  },
  {
    name: 'invite-member',
    path: '/',
    roles: ADMIN,
    open: (page) => button(page.getByRole('main'), 'Invite Member').click(),
  },

  { name: 'licenses-products', path: '/licenses' },
  {
    name: 'product-panel',
    path: '/licenses',
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      await dialog(page, 'Atlas CAD Studio').getByText('Included in Entitlements').waitFor();
    },
  },
  {
    name: 'activate',
    path: '/licenses',
    roles: ADMIN,
    open: async (page) => {
      await button(page, 'Atlas CAD Studio').click();
      await button(dialog(page, 'Atlas CAD Studio'), 'Activate').click();
      await dialog(page, 'Activate Atlas CAD Studio').waitFor();
    },
  },
  { name: 'check-a-key', path: '/licenses', open: (page) => button(page, 'Check a key').click() },
  { name: 'licenses-entitlements', path: '/licenses?tab=entitlements' },
  { name: 'entitlement-panel', path: '/licenses?tab=entitlements', open: openEntitlementPanel },
  {
    name: 'entitlement-features',
    path: '/licenses?tab=entitlements&q=ENT-000101',
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
    path: '/licenses?tab=entitlements',
    open: async (page) => {
      await page.getByRole('combobox', { name: 'With feature' }).click();
      await page.getByRole('option').first().waitFor();
    },
  },
  { name: 'licenses-keys', path: '/licenses?tab=keys' },
  {
    name: 'license-keys-feature-filter',
    path: '/licenses?tab=keys',
    open: async (page) => {
      await page.getByRole('combobox', { name: 'With feature' }).click();
      await page.getByRole('option').first().waitFor();
    },
  },
  {
    name: 'entitlements-columns',
    path: '/licenses?tab=entitlements',
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
    name: 'audit-verify',
    path: '/audit',
    open: async (page) => {
      await button(page, 'Verify integrity').click();
      await page.getByText(/^The log (is intact|has been tampered with)$/).waitFor();
    },
  },

  { name: 'settings', path: '/settings' },
  { name: 'profile', path: '/profile' },
  { name: 'change-email', path: '/profile', open: (page) => button(page, 'Change email').click() },
  {
    name: 'two-factor-setup',
    path: '/profile',
    open: (page) => button(page, 'Turn on two-factor authentication').click(),
  },
];

export const rolesOf = (surface: Surface) => surface.roles ?? SIGNED_IN;
