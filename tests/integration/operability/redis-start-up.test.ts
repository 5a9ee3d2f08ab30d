import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { checkRedis, connectRedis } from '../../../src/server/shared-state/redis-client.js';

const REDIS = { host: '127.0.0.1', port: 6379 };

/**
 * A TCP proxy to the real Redis that breaks the first `broken` connections: `reset` right after
 * accepting, or `afterReady`: closed together with the answer to the client's ready check
 * (INFO), so the client turns 'ready' and finds its socket ended before its first command.
 */
async function flakyProxy(
  broken: number,
  how: 'reset' | 'afterReady',
): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    const nth = ++connections;
    if (nth <= broken && how === 'reset') {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection(REDIS);
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (nth <= broken && chunk.includes('redis_version')) client.end(chunk);
      else client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('the Redis connection at start-up', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const connect = (url: string): Redis => {
    const redis = connectRedis(url);
    cleanups.push(() => Promise.resolve(redis.disconnect()));
    return redis;
  };

  for (const how of ['reset', 'afterReady'] as const) {
    it(`waits for a working connection when the first ones break (${how})`, async () => {
      const proxy = await flakyProxy(2, how);
      cleanups.push(proxy.close);
      const redis = connect(proxy.url);
      const errors: string[] = [];
      redis.on('error', (error: Error) => errors.push(error.message));
      await checkRedis(redis, 10_000);
      expect(proxy.connections()).toBeGreaterThanOrEqual(3);
      const key = `portal-test-${randomBytes(6).toString('hex')}`;
      await redis.set(key, 'ok', 'EX', 10);
      expect(await redis.get(key)).toBe('ok');
      if (how === 'reset') expect(errors.length).toBeGreaterThan(0);
    });
  }

  it('still refuses a Redis that never answers, within its time and with the reason', async () => {
    const redis = connect('redis://127.0.0.1:1');
    const started = Date.now();
    await expect(checkRedis(redis, 1_000)).rejects.toThrow(/ECONNREFUSED/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
