import type { Action } from '../../common/abilities.js';
import type { AuthState } from '../auth/session-service.js';
import type { Actor } from './policy.js';

/**
 * What a portal route demands: `public` (no session), `signedIn` (a session, no
 * organization action) or one action of the policy table.
 */
export type RouteAccess = 'public' | 'signedIn' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthState | null;
    actor: Actor | null;
  }
}
