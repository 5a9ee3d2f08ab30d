import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { countingStore, type CountingStore } from './rate-limit-store.js';
import { keyHashOf } from './request-key.js';

/**
 * The limits count requests per minute (docs/licensing-api.md; decision 013), in Redis for all
 * instances when REDIS_URL is set, else in this process (decision 100).
 */
const WINDOW_MS = 60_000;

interface Limit {
  store: CountingStore;
  max: number;
  what: string;
}

const refusal = (limit: Limit, ttlMs: number) => {
  const seconds = Math.ceil(ttlMs / 1000);
  return Object.assign(
    new DomainError(
      'too_many_requests',
      'rate_limited',
      `Too many requests ${limit.what}. Try again in ${seconds} seconds.`,
    ),
    { retryAfter: seconds },
  );
};

/**
 * Limits every request per client IP and per license key, answering 429 with Retry-After, in
 * one callback hook once the body is parsed. It counts with @fastify/rate-limit's own stores
 * but calls them directly: its per-limit promise chains cost validate more than the counting
 * (the licensing benchmark, decision 165). A store that fails (Redis unreachable) lets the
 * request through rather than refuse every licensing call. Scoped to the plugin it is in.
 */
export function limitLicensingRequests(app: FastifyInstance, ctx: AppContext): void {
  const { perIp, perKey } = ctx.config.licensingRateLimit;
  const store = (name: string) =>
    countingStore(ctx.redis, `${ctx.config.redisKeyPrefix}licensing:${name}`);
  const byIp: Limit = { store: store('ip:'), max: perIp, what: 'from this address' };
  // Keys are counted by their lookup hash, so no key is held in memory in clear.
  const byKey: Limit = {
    store: store('key:'),
    max: perKey,
    what: 'for this license key',
  };
  const count = (limit: Limit, id: string, next: (error?: Error) => void) =>
    limit.store.incr(
      id,
      (error, result) =>
        next(!error && result!.current > limit.max ? refusal(limit, result!.ttl) : undefined),
      WINDOW_MS,
      limit.max,
    );
  app.addHook('preValidation', (request: FastifyRequest, reply, done) => {
    const answer = (error?: Error) => {
      if (error && 'retryAfter' in error) reply.header('retry-after', String(error.retryAfter));
      done(error);
    };
    count(byIp, request.ip, (error) => {
      const keyHash = error ? undefined : keyHashOf(ctx, request);
      if (keyHash === undefined) answer(error);
      else count(byKey, keyHash, answer);
    });
  });
}
