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

/** Resolves when the connection is 'ready' or after `ms`, whichever comes first. */
function readyOrAfter(redis: Redis, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}

/**
 * Resolves once Redis answers PING; start-up refuses to go on without the Redis it was told
 * to use. Nothing is sent before the connection is 'ready' (with the offline queue off, a
 * command sent earlier, or while a dropped connection closes, is refused: "Stream isn't
 * writeable"), and an error while connecting is not final: ioredis reconnects by itself, so
 * only no answer within `timeoutMs` fails start-up, with the last error seen (decision 141).
 */
export async function checkRedis(redis: Redis, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: Error | undefined;
  const note = (error: Error) => (lastError = error);
  redis.on('error', note);
  try {
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw lastError ?? new Error(`no answer within ${timeoutMs / 1000} s`);
      if (redis.status !== 'ready') {
        await readyOrAfter(redis, left);
        continue;
      }
      try {
        await redis.ping();
        return;
      } catch (error) {
        // The connection dropped between 'ready' and the answer: wait for the next one.
        note(error as Error);
        await readyOrAfter(redis, Math.min(100, left));
      }
    }
  } finally {
    redis.off('error', note);
  }
}
