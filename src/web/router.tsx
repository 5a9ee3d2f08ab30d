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
import type { SessionPayload } from '../common/api-types';
import { isUnauthenticated } from './api/client';
import { sessionQuery } from './api/session';
import {
  NotFoundPage,
  PagePending,
  RouteErrorPage,
  SignedInPagePending,
} from './layout/RouteFallbacks';
import { validateActivationSearch } from './features/activations/activation-filters';
import { requestActivationsPage } from './features/activations/first-page';
import { validateAuditSearch } from './features/audit/audit-filters';
import { requestAuditPage } from './features/audit/first-page';
import { requestDashboardPage } from './features/dashboard/first-page';
import { validateDownloadSearch } from './features/downloads/download-filters';
import { requestLicensesPage } from './features/licenses/first-page';
import { validateLicenseSearch, type LicenseSearch } from './features/licenses/license-filters';
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

/**
 * A list page's `beforeLoad` (the session is known by then): requests the page's first rows as
 * the router starts its code, instead of after that code has arrived and rendered; the page's
 * query takes the answer (decision 154). Not awaited: the page shows its own loading and error
 * states as before. Only on entering the page (not on hover, nor when its filters change,
 * which its query follows).
 */
const requestFirstPage =
  <Search,>(request: (search: Search, session: SessionPayload) => void) =>
  ({
    context,
    search,
    cause,
  }: {
    context: RouterContext;
    search: Search;
    cause: 'preload' | 'enter' | 'stay';
  }) => {
    const session = context.queryClient.getQueryData(sessionQuery.queryKey);
    if (cause === 'enter' && session) request(search, session);
  };

// One lazy route per portal section (components/sections.ts); a list's filters are its
// route's search parameters, read through `validateSearch` (search-params.ts).
const sectionRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.dashboard.path,
    beforeLoad: requestFirstPage<object>(requestDashboardPage),
    component: lazyRouteComponent(PAGES.dashboard.code, 'DashboardPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.activations.path,
    validateSearch: validateActivationSearch,
    beforeLoad: requestFirstPage(requestActivationsPage),
    component: lazyRouteComponent(PAGES.activations.code, 'ActivationsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: PAGES.licenses.path,
    validateSearch: validateLicenseSearch,
    beforeLoad: requestFirstPage<LicenseSearch>((search, session) =>
      requestLicensesPage(search, session.defaultView),
    ),
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
    beforeLoad: requestFirstPage(requestAuditPage),
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
// A page whose code is slow to arrive shows its header above the loader, as the frame's first
// paint did (decision 167), rather than the loader alone.
for (const route of sectionRoutes) route.update({ pendingComponent: SignedInPagePending });

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
