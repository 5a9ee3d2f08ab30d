import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface ThrottleStore {
  /** Shared Redis, or undefined to count in this process's memory. */
  redis: Redis | undefined;
  /** Put before every key (REDIS_KEY_PREFIX). */
  keyPrefix: string;
}

/**
 * Counts attempts per key (an IP, an account) in windows of `windowMs`, with
 * rate-limiter-flexible: in Redis when configured, so every instance sees the same count,
 * else in memory. Windows are aligned to the portal's clock (ctx.now), so a test that moves
 * the clock past the window sees the throttle lift (docs/decisions/100-shared-state.md).
 */
export class AttemptThrottle {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    store: ThrottleStore,
    name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    const options = {
      keyPrefix: `${store.keyPrefix}${name}`,
      points: limit,
      duration: windowMs / 1000,
    };
    this.limiter = store.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: store.redis,
          rejectIfRedisNotReady: true,
          // While Redis is unreachable each process counts alone rather than refusing everyone.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  private window(key: string, now: number) {
    const index = Math.floor(now / this.windowMs);
    return { key: `${key}:${index}`, endsAt: (index + 1) * this.windowMs };
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  async retryAfter(key: string, now: number): Promise<number> {
    const window = this.window(key, now);
    const counted = await this.limiter.get(window.key);
    if (!counted || counted.consumedPoints < this.limit) return 0;
    return Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  }

  /** Counts one attempt. */
  async hit(key: string, now: number): Promise<void> {
    await this.limiter.penalty(this.window(key, now).key, 1);
  }

  /** Counts one attempt and says whether the key was already over its limit before it. */
  async hitAndCheck(key: string, now: number): Promise<boolean> {
    const window = this.window(key, now);
    try {
      await this.limiter.consume(window.key, 1);
      return false;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return true;
      throw refusal;
    }
  }

  async reset(key: string, now: number): Promise<void> {
    await this.limiter.delete(this.window(key, now).key);
  }
}
