import type { LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../src/server/context.js';
import type { Client, TestApp } from './test-app.js';

/** The cookie string of a response's Set-Cookie headers (name=value; …). */
export const cookiesOf = (response: LightMyRequestResponse) =>
  response.cookies
    .filter((c) => c.value !== '')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');

/** Saves the organization's SSO connection as its Admin would. */
export async function configureSso(
  admin: Client,
  idp: { issuer: string; clientId: string; clientSecret: string },
  options: { domains?: string[]; defaultRole?: 'admin' | 'viewer'; ssoRequired?: boolean } = {},
) {
  const response = await admin.request({
    method: 'PUT',
    url: '/api/portal/sso',
    payload: {
      issuerUrl: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      allowedDomains: options.domains ?? ['northwind.example'],
      defaultRole: options.defaultRole ?? 'viewer',
      ssoRequired: options.ssoRequired ?? false,
    },
  });
  if (response.statusCode !== 200) throw new Error(`Saving SSO failed: ${response.body}`);
  return response;
}

export interface StartedSignIn {
  authorizationUrl: URL;
  state: string;
  nonce: string;
  /** The browser's cookie binding the attempt (portal_sso_state). */
  stateCookie: string;
}

export async function startSignIn(t: TestApp, email: string): Promise<StartedSignIn> {
  const response = await t.anonymous.post('/api/portal/auth/sso/start', { email });
  if (response.statusCode !== 200) throw new Error(`SSO start failed: ${response.body}`);
  const authorizationUrl = new URL(response.json().authorizationUrl as string);
  return {
    authorizationUrl,
    state: authorizationUrl.searchParams.get('state')!,
    nonce: authorizationUrl.searchParams.get('nonce')!,
    stateCookie: cookiesOf(response),
  };
}

/** What the IdP's redirect back to the portal does: GET /sso/callback with the browser's cookie. */
export const callback = (t: TestApp, query: string, cookie: string) =>
  t.app.inject({ method: 'GET', url: `/sso/callback?${query}`, headers: cookie ? { cookie } : {} });

export async function auditActions(ctx: AppContext, organizationId: number): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('audit_events')
    .select('action')
    .where('organization_id', '=', organizationId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}
