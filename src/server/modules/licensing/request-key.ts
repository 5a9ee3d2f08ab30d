import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { cachedLookupHash } from '../../db/fast-path/lookup-hash-cache.js';

/**
 * The lookup hash (HMAC) of the license key in the request's body, which the per-key rate
 * limit and the handler both need: computed once and reused for the same key for a short
 * while (db/fast-path/lookup-hash-cache.ts).
 */
export function keyHashOf(ctx: AppContext, request: FastifyRequest): string | undefined {
  const key = (request.body as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? cachedLookupHash(ctx.licenseKeys, key) : undefined;
}
