/**
 * Where each page is and the code it loads: one lazily loaded chunk per page (decision 113),
 * plus the signed-in frame for the pages inside it. router.tsx builds its routes from this
 * table; `startPageCode` starts the first page's download before the app has finished
 * starting (decision 146).
 */
export const PAGES = {
  login: { path: '/login', code: () => import('./features/auth/LoginPage') },
  forgotPassword: {
    path: '/forgot-password',
    code: () => import('./features/auth/ForgotPasswordPage'),
  },
  resetPassword: {
    path: '/reset-password',
    code: () => import('./features/auth/ResetPasswordPage'),
  },
  confirmEmail: { path: '/confirm-email', code: () => import('./features/auth/ConfirmEmailPage') },
  acceptInvitation: {
    path: '/invite/$token',
    code: () => import('./features/invitations/AcceptInvitationPage'),
  },
  dashboard: {
    path: '/',
    code: () => import('./features/dashboard/DashboardPage'),
    header: 'dashboard',
  },
  activations: {
    path: '/activations',
    code: () => import('./features/activations/ActivationsPage'),
    header: 'activations',
  },
  licenses: {
    path: '/licenses',
    code: () => import('./features/licenses/LicensesPage'),
    header: 'licenses',
  },
  downloads: {
    path: '/downloads',
    code: () => import('./features/downloads/DownloadsPage'),
    header: 'downloads',
  },
  changelog: {
    path: '/changelog/$product',
    code: () => import('./features/downloads/ChangelogPage'),
  },
  members: {
    path: '/members',
    code: () => import('./features/members/MembersPage'),
    header: 'members',
  },
  audit: { path: '/audit', code: () => import('./features/audit/AuditLogPage'), header: 'audit' },
  settings: {
    path: '/settings',
    code: () => import('./features/settings/SettingsPage'),
    header: 'settings',
  },
  profile: {
    path: '/profile',
    code: () => import('./features/profile/ProfilePage'),
    header: 'profile',
  },
} as const;

type PageName = keyof typeof PAGES;

/** The pages shown without a session (sign-in and the pages reached from emails). */
const SIGNED_OUT_PAGES: readonly PageName[] = [
  'login',
  'forgotPassword',
  'resetPassword',
  'confirmEmail',
  'acceptInvitation',
];

/** The frame around every signed-in page. */
export const loadSignedInFrame = () => import('./layout/AppLayout');

/** A route path as a pattern: `$name` stands for one path segment, a trailing slash is allowed. */
const pattern = (path: string) =>
  new RegExp(`^${path.replace(/\$[a-zA-Z]+/g, '[^/]+').replace(/\/$/, '')}/?$`);

const MATCHERS = (Object.keys(PAGES) as PageName[]).map((name) => ({
  name,
  matches: pattern(PAGES[name].path),
}));

/** The page a path shows, if any (the router's own matching, for these plain paths). */
export function pageAt(pathname: string): { name: PageName; signedIn: boolean } | undefined {
  const name = MATCHERS.find(({ matches }) => matches.test(pathname))?.name;
  return name && { name, signedIn: !SIGNED_OUT_PAGES.includes(name) };
}

/**
 * The i18n area whose `title` and `description` head a signed-in page: the frame shows them
 * while the page's code and first rows arrive (decision 167).
 */
export function pageHeaderAt(pathname: string): string | undefined {
  const name = pageAt(pathname)?.name;
  const page = name && PAGES[name];
  return page && 'header' in page ? page.header : undefined;
}

/**
 * Starts downloading the code the page at `pathname` needs (its chunk, and the frame when it is
 * signed in), so it travels while the app's own code is still being evaluated; the router's
 * later `import()` of the same chunk gets the same download. A failure surfaces there.
 */
export function startPageCode(pathname: string): void {
  const page = pageAt(pathname);
  if (!page) return;
  const loads = page.signedIn
    ? [loadSignedInFrame, PAGES[page.name].code]
    : [PAGES[page.name].code];
  for (const load of loads) load().catch(() => undefined);
}
