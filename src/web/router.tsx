import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type AnyRoute,
  type AsyncRouteComponent,
} from '@tanstack/react-router';
import { isUnauthenticated } from './api/client';
import { sessionQuery } from './api/session';
import { NotFoundPage, PagePending, RouteErrorPage } from './layout/RouteFallbacks';
import { validateActivationSearch } from './features/activations/activation-filters';
import { validateAuditSearch } from './features/audit/audit-filters';
import { validateDownloadSearch } from './features/downloads/download-filters';
import { validateLicenseSearch } from './features/licenses/license-filters';
import { validateMemberSearch } from './features/members/member-filters';
import { loadSignedInFrame, PAGES } from './page-code';
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
  path: PAGES.login.path,
  validateSearch: (search: Record<string, unknown>): { redirect?: string; sso_error?: string } => ({
    redirect: localPath(search.redirect),
    // Why a single sign-on came back here (/sso/callback); the page shows it in words.
    sso_error:
      typeof search.sso_error === 'string' && /^[a-z_]{1,40}$/.test(search.sso_error)
        ? search.sso_error
        : undefined,
  }),
  component: lazyRouteComponent(PAGES.login.code, 'LoginPage'),
});

/** The token of an emailed link, e.g. /reset-password?token=… */
const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: typeof search.token === 'string' ? search.token : undefined,
});

// Pages reached from emails or before signing in: they need no session.
const accountLinkRoutes = [
  createRoute({
    getParentRoute: () => rootRoute,
    path: PAGES.forgotPassword.path,
    component: lazyRouteComponent(PAGES.forgotPassword.code, 'ForgotPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: PAGES.resetPassword.path,
    validateSearch: tokenSearch,
    component: lazyRouteComponent(PAGES.resetPassword.code, 'ResetPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: PAGES.confirmEmail.path,
    validateSearch: tokenSearch,
    component: lazyRouteComponent(PAGES.confirmEmail.code, 'ConfirmEmailPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: PAGES.acceptInvitation.path,
    component: lazyRouteComponent(PAGES.acceptInvitation.code, 'AcceptInvitationPage'),
  }),
];

/**
 * Starts fetching the code of the matched routes (the signed-in frame and the page): the
 * router would fetch it only once beforeLoad has the session, one round trip later.
 */
function preloadCode(matchedRouteIds: string[]) {
  for (const route of [signedInRoute, ...sectionRoutes] as AnyRoute[]) {
    const component = route.options.component as AsyncRouteComponent<unknown> | undefined;
    // A failure surfaces when the router loads the chunk itself.
    if (matchedRouteIds.includes(route.id)) component?.preload?.()?.catch(() => undefined);
  }
}

/** Every page but sign-in: loads the session first, or sends the visitor to sign in and back. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location, matches }) => {
    preloadCode(matches.map((match) => match.routeId));
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
  // Its own chunk: the sign-in page does not load the frame it does not show.
  component: lazyRouteComponent(loadSignedInFrame, 'AppLayout'),
});

// One lazy route per portal section (components/sections.ts); a list's filters are its
// route's search parameters, read through `validateSearch` (search-params.ts).
const sectionRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.dashboard.path,
    component: lazyRouteComponent(PAGES.dashboard.code, 'DashboardPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.activations.path,
    validateSearch: validateActivationSearch,
    component: lazyRouteComponent(PAGES.activations.code, 'ActivationsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.licenses.path,
    validateSearch: validateLicenseSearch,
    component: lazyRouteComponent(PAGES.licenses.code, 'LicensesPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.downloads.path,
    validateSearch: validateDownloadSearch,
    component: lazyRouteComponent(PAGES.downloads.code, 'DownloadsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.changelog.path,
    component: lazyRouteComponent(PAGES.changelog.code, 'ChangelogPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.members.path,
    validateSearch: validateMemberSearch,
    component: lazyRouteComponent(PAGES.members.code, 'MembersPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.audit.path,
    validateSearch: validateAuditSearch,
    component: lazyRouteComponent(PAGES.audit.code, 'AuditLogPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.settings.path,
    component: lazyRouteComponent(PAGES.settings.code, 'SettingsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.profile.path,
    component: lazyRouteComponent(PAGES.profile.code, 'ProfilePage'),
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
