import type { InjectOptions } from 'fastify';
import { createApiToken } from '../../src/server/modules/provisioning/tokens/service.js';
import type { TestApp } from './test-app.js';

/** A vendor API client with a fresh token (made as the CLI makes it). */
export async function vendorClient(t: TestApp, name = 'tests') {
  const { token } = await createApiToken(t.ctx, name);
  const request = (
    method: InjectOptions['method'],
    url: string,
    options: Omit<InjectOptions, 'method' | 'url'> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/vendor${url}`,
      ...options,
      headers: { authorization: `Bearer ${token}`, ...options.headers },
    });
  return {
    token,
    get: (url: string, query?: Record<string, string>) => request('GET', url, { query }),
    post: (url: string, payload: object = {}) => request('POST', url, { payload }),
    patch: (url: string, payload: object) => request('PATCH', url, { payload }),
    delete: (url: string) => request('DELETE', url),
    upload: (url: string, file: Buffer, query: Record<string, string>) =>
      request('POST', url, {
        payload: file,
        query,
        headers: { 'content-type': 'application/octet-stream' },
      }),
  };
}

export type VendorClient = Awaited<ReturnType<typeof vendorClient>>;
