import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';

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
 * A fixed-window counter from @fastify/rate-limit: in Redis under `keyPrefix` when one is
 * given (every instance counts together), else in this process's memory.
 */
export function countingStore(redis: Redis | undefined, keyPrefix: string): CountingStore {
  return redis
    ? new RedisStore(false, false, redis, keyPrefix)
    : new LocalStore(false, false, LOCAL_ENTRIES);
}
