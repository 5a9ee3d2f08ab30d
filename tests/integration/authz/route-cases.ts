import { DEMO_PASSWORD } from '../../../src/server/db/seed/demo-data.js';
import { NORTHWIND_ADMIN } from '../../support/demo-users.js';
import type { SeedIds } from './seed-ids.js';

export interface RouteCase {
  /** A request an Admin of Northwind may make successfully, built from seeded Northwind ids. */
  request: (ids: SeedIds) => { url: string; payload?: unknown };
  /** The route names one Northwind record: an Admin of another organization must get 404. */
  namesRecord?: boolean;
}

/**
 * One row for every portal route, keyed "METHOD /url". A registered route without a row
 * fails the authorization test: add the row with the route.
 */
export const ROUTE_CASES: Record<string, RouteCase> = {
  'POST /api/portal/auth/login': { request: () => ({ url: '/api/portal/auth/login', payload: { email: NORTHWIND_ADMIN, password: DEMO_PASSWORD } }) },
  'POST /api/portal/auth/logout': { request: () => ({ url: '/api/portal/auth/logout' }) },
  'GET /api/portal/session': { request: () => ({ url: '/api/portal/session' }) },
  'POST /api/portal/session/organization': { request: (ids) => ({ url: '/api/portal/session/organization', payload: { organizationId: ids.organizationId } }), namesRecord: true },
  'GET /api/portal/dashboard': { request: () => ({ url: '/api/portal/dashboard' }) },
};
