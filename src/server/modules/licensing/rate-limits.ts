import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { keyHashOf } from './request-key.js';

/**
 * The limits count requests per minute (docs/licensing-api.md; decision 013), in Redis for all
 * instances when REDIS_URL is set, else in this process (decision 100).
 */
const WINDOW_MS = 60_000;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

async function enforce(
  limiter: Limiter,
  request: FastifyRequest,
  reply: FastifyReply,
  what: string,
): Promise<void> {
  const result = await limiter(request);
  if (result.isAllowed || !result.isExceeded) return;
  reply.header('retry-after', String(result.ttlInSeconds));
  throw new DomainError(
    'too_many_requests',
    'rate_limited',
    `Too many requests ${what}. Try again in ${result.ttlInSeconds} seconds.`,
  );
}

/**
 * Limits every request per client IP and per license key, answering 429 with Retry-After,
 * in one hook once the body is parsed (a hook per limit cost a request about as much as
 * the limit itself). Scoped to the plugin it is registered in.
 */
export async function limitLicensingRequests(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const shared = ctx.redis
    ? {
        redis: ctx.redis,
        nameSpace: `${ctx.config.redisKeyPrefix}licensing:`,
        // Redis unreachable: answer the software rather than refuse every licensing call.
        skipOnError: true,
      }
    : {};
  await app.register(fastifyRateLimit, { global: false, ...shared });
  const { perIp, perKey } = ctx.config.licensingRateLimit;
  const byIp = app.createRateLimit({
    max: perIp,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `ip:${request.ip}`,
  });
  // Keys are counted by their lookup hash, so no key is held in memory in clear.
  const byKey = app.createRateLimit({
    max: perKey,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `key:${keyHashOf(ctx, request)}`,
  });
  app.addHook('preValidation', async (request, reply) => {
    await enforce(byIp, request, reply, 'from this address');
    if (keyHashOf(ctx, request) !== undefined)
      await enforce(byKey, request, reply, 'for this license key');
  });
}
