import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { isUnauthenticated } from './api/client';
import { sessionQuery } from './api/session';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage, PagePending, RouteErrorPage } from './layout/RouteFallbacks';
import { validateActivationSearch } from './features/activations/activation-filters';
import { validateAuditSearch } from './features/audit/audit-filters';
import { validateDownloadSearch } from './features/downloads/download-filters';
import { validateLicenseSearch } from './features/licenses/license-filters';
import { validateMemberSearch } from './features/members/member-filters';
import { parseSearch, stringifySearch } from './search-params';

interface RouterContext {
  queryClient: QueryClient;
}

/** Only a path of this site may be a post-sign-in destination (no `//host` or `/\host`). */
const localPath = (value: unknown) =>
  typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : undefined;

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; sso_error?: string } => ({
    redirect: localPath(search.redirect),
    // Why a single sign-on came back here (/sso/callback); the page shows it in words.
    sso_error:
      typeof search.sso_error === 'string' && /^[a-z_]{1,40}$/.test(search.sso_error)
        ? search.sso_error
        : undefined,
  }),
  component: lazyRouteComponent(() => import('./features/auth/LoginPage'), 'LoginPage'),
});

/** The token of an emailed link, e.g. /reset-password?token=… */
const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: typeof search.token === 'string' ? search.token : undefined,
});

// Pages reached from emails or before signing in: they need no session.
const accountLinkRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/forgot-password',
    component: lazyRouteComponent(
      () => import('./features/auth/ForgotPasswordPage'),
      'ForgotPasswordPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/reset-password',
    validateSearch: tokenSearch,
    component: lazyRouteComponent(
      () => import('./features/auth/ResetPasswordPage'),
      'ResetPasswordPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/confirm-email',
    validateSearch: tokenSearch,
    component: lazyRouteComponent(
      () => import('./features/auth/ConfirmEmailPage'),
      'ConfirmEmailPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/invite/$token',
    component: lazyRouteComponent(
      () => import('./features/invitations/AcceptInvitationPage'),
      'AcceptInvitationPage',
    ),
  }),
];

/** Every page but sign-in: loads the session first, or sends the visitor to sign in and back. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(sessionQuery);
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      throw redirect({
        to: '/login',
        search: { redirect: location.href === '/' ? undefined : location.href },
      });
    }
  },
  component: AppLayout,
});

// One lazy route per portal section (components/sections.ts); a list's filters are its
// route's search parameters, read through `validateSearch` (search-params.ts).
const sectionRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/',
    component: lazyRouteComponent(
      () => import('./features/dashboard/DashboardPage'),
      'DashboardPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/activations',
    validateSearch: validateActivationSearch,
    component: lazyRouteComponent(
      () => import('./features/activations/ActivationsPage'),
      'ActivationsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/licenses',
    validateSearch: validateLicenseSearch,
    component: lazyRouteComponent(() => import('./features/licenses/LicensesPage'), 'LicensesPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/downloads',
    validateSearch: validateDownloadSearch,
    component: lazyRouteComponent(
      () => import('./features/downloads/DownloadsPage'),
      'DownloadsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/changelog/$product',
    component: lazyRouteComponent(
      () => import('./features/downloads/ChangelogPage'),
      'ChangelogPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/members',
    validateSearch: validateMemberSearch,
    component: lazyRouteComponent(() => import('./features/members/MembersPage'), 'MembersPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/audit',
    validateSearch: validateAuditSearch,
    component: lazyRouteComponent(() => import('./features/audit/AuditLogPage'), 'AuditLogPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/settings',
    component: lazyRouteComponent(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/profile',
    component: lazyRouteComponent(() => import('./features/profile/ProfilePage'), 'ProfilePage'),
  }),
];

const routeTree = rootRoute.addChildren([
  loginRoute,
  ...accountLinkRoutes,
  signedInRoute.addChildren(sectionRoutes),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
    defaultPendingComponent: PagePending,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
