import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';

const lookupHashes = new WeakMap<FastifyRequest, string>();

/**
 * The lookup hash (HMAC) of the license key in the request's body, computed once per request:
 * the per-key rate limit and the handler both need it.
 */
export function keyHashOf(ctx: AppContext, request: FastifyRequest): string | undefined {
  const key = (request.body as { key?: unknown } | undefined)?.key;
  if (typeof key !== 'string') return undefined;
  let hash = lookupHashes.get(request);
  if (hash === undefined) lookupHashes.set(request, (hash = ctx.licenseKeys.lookupHash(key)));
  return hash;
}
