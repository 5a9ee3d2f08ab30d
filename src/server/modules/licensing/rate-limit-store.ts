import { createRequire } from 'node:module';
import type { AppContext } from '../../context.js';

/** The counter interface of @fastify/rate-limit's stores (the package types only its plugin). */
export interface CountingStore {
  incr(
    id: string,
    callback: (error: Error | null, result: { current: number; ttl: number } | null) => void,
    timeWindowMs: number,
    max: number,
  ): void;
}

type StoreClass = new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  ...rest: unknown[]
) => CountingStore;

const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as StoreClass;
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as StoreClass;

/** The plugin's default: the most recently counted 5,000 clients per limit. */
const LOCAL_ENTRIES = 5000;

/**
 * A fixed-window counter from @fastify/rate-limit: in Redis under the instance's key prefix
 * when configured (every instance counts together), else in this process's memory.
 */
export function countingStore(ctx: AppContext, name: string): CountingStore {
  return ctx.redis
    ? new RedisStore(false, false, ctx.redis, `${ctx.config.redisKeyPrefix}licensing:${name}`)
    : new LocalStore(false, false, LOCAL_ENTRIES);
}
