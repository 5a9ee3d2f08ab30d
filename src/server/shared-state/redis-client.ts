import { Redis } from 'ioredis';

/**
 * The Redis connection shared by the rate limits and throttles of this process. Commands
 * fail fast while it is down (the limiters then count in this process's memory) instead of
 * queueing until Redis is back; ioredis reconnects by itself.
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
  });
  // Warned once per outage after start; before it, checkRedis reports the failure instead.
  let up = false;
  redis.on('error', (error: Error) => {
    if (up) console.warn(`Redis at REDIS_URL is unreachable: ${error.message}`);
    up = false;
  });
  redis.on('ready', () => (up = true));
  return redis;
}

/** Resolves once Redis answers PING; start-up refuses to go on without the Redis it was told to use. */
export async function checkRedis(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status !== 'ready') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => done(new Error(`no answer within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      const onReady = () => done();
      const onError = (error: Error) => done(error);
      function done(error?: Error) {
        clearTimeout(timer);
        redis.off('ready', onReady);
        redis.off('error', onError);
        if (error) reject(error);
        else resolve();
      }
      redis.once('ready', onReady);
      redis.once('error', onError);
    });
  }
  await redis.ping();
}
