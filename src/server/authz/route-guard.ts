import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  memberLabel,
  csrfTokenFor,
  resolveSession,
  type AuthState,
} from '../auth/session-service.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { safeEqual } from '../crypto/tokens.js';
import { DomainError, forbidden, unauthenticated } from '../errors.js';
import { can, type Actor } from './policy.js';
import type { RouteAccess } from './route-access.js';

export const PORTAL_PREFIX = '/api/portal';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface PortalRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

/**
 * Routes under /api/portal that declare no access fail at start-up, not in production.
 * Returns the list of portal routes, filled as they register (the authorization test walks it).
 */
export function requireDeclaredAccess(app: FastifyInstance): PortalRoute[] {
  const routes: PortalRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(PORTAL_PREFIX)) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(
        `Portal route ${route.method} ${route.url} declares no access (config.access)`,
      );
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });
  return routes;
}

function actorOf(auth: AuthState): Actor | null {
  if (!auth.organization) return null;
  return {
    userId: auth.user.id,
    organizationId: auth.organization.id,
    role: auth.organization.role,
    label: memberLabel(auth.user),
  };
}

export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<AuthState> {
  const token = request.cookies[SESSION_COOKIE];
  const auth = token ? await resolveSession(ctx, token) : null;
  if (!auth) throw unauthenticated();
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(ctx, auth.tokenHash))) {
      throw new DomainError(
        'forbidden',
        'csrf_failed',
        'The request is missing its security token. Reload the page and try again.',
      );
    }
  }
  return auth;
}

/** Authenticates and authorizes every portal request against the route's declared access. */
export function guardPortalRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('actor', null);
  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    const auth = await authenticate(ctx, request);
    request.auth = auth;
    request.actor = actorOf(auth);
    if (access === 'signedIn') return;
    if (!request.actor)
      throw new DomainError(
        'forbidden',
        'no_organization',
        'Your account does not belong to any organization.',
      );
    if (!can(request.actor, access)) throw forbidden();
  });
}
