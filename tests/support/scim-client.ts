import type { InjectOptions } from 'fastify';
import type { Client, TestApp } from './test-app.js';

export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** Creates a SCIM token as the organization's Admin does in Settings. */
export async function createScimToken(admin: Client, name = 'Okta provisioning'): Promise<string> {
  const response = await admin.post('/api/portal/scim/tokens', { name });
  if (response.statusCode !== 201)
    throw new Error(`Creating a SCIM token failed: ${response.body}`);
  return response.json().token as string;
}

/** Requests to /scim/v2 as an IdP's provisioning sends them (application/scim+json, bearer token). */
export function scimClient(t: TestApp, token: string | undefined) {
  const request = (method: InjectOptions['method'], path: string, body?: unknown) =>
    t.app.inject({
      method,
      url: `/scim/v2${path}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
      },
      ...(body !== undefined
        ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
  return {
    get: (path: string) => request('GET', path),
    post: (path: string, body: unknown) => request('POST', path, body),
    put: (path: string, body: unknown) => request('PUT', path, body),
    patch: (path: string, body: unknown) => request('PATCH', path, body),
    delete: (path: string) => request('DELETE', path),
  };
}

export const userNameFilter = (email: string) =>
  `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`;
