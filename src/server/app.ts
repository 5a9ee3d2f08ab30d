import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { requireDeclaredAccess, type PortalRoute } from './authz/route-guard.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { LicenseKeyVault } from './crypto/license-keys.js';
import { loadSecrets, type Secrets } from './crypto/secrets.js';
import type { DatabaseHandle } from './db/database.js';
import { answerFrameworkError, registerErrorHandling } from './http/errors.js';
import { guardInputs } from './http/input-guards.js';
import { requestLogFields } from './http/log-redaction.js';
import { AttemptThrottle, type ThrottleStore } from './shared-state/attempt-throttle.js';
import { connectRedis } from './shared-state/redis-client.js';
import { contractTransform, securitySchemes } from './http/openapi-contract.js';
import { createMailer } from './mail/mailer.js';
import { PortalMetrics } from './observability/metrics.js';
import { createFileStorage } from './storage/create-file-storage.js';
import { licensingApi } from './modules/licensing/routes.js';
import { portalSurface } from './portal-surface.js';
import { isLicensingUrl, licensingSigner } from './modules/licensing/response-signing.js';

export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  secrets?: Secrets;
  /** An already connected Redis (main.ts checks it at start-up); else one is made from REDIS_URL. */
  redis?: Redis;
  now?: () => Date;
  logger?: boolean;
  /** The built web app to serve (default dist/web); tests point it at a small fixture. */
  webRoot?: string;
}

const FIFTEEN_MINUTES = 15 * 60_000;
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

export async function buildApp(
  options: BuildOptions,
): Promise<{ app: FastifyInstance; ctx: AppContext; portalRoutes: PortalRoute[] }> {
  const { config, database } = options;
  const secrets = options.secrets ?? loadSecrets(config.dataDir, config.portalSecrets);
  const redis = options.redis ?? (config.redisUrl ? connectRedis(config.redisUrl) : undefined);
  const store: ThrottleStore = { redis, keyPrefix: config.redisKeyPrefix };
  const throttle = (name: string, limit: number) =>
    new AttemptThrottle(store, name, limit, FIFTEEN_MINUTES);
  const ctx: AppContext = {
    db: database.db,
    dialect: database.dialect,
    config,
    secrets,
    licenseKeys: new LicenseKeyVault(secrets.licenseKeyEncryption, secrets.licenseKeyLookup),
    loginThrottle: {
      perIp: throttle('sign-in-ip:', 30),
      perAccount: throttle('sign-in-account:', 5),
    },
    resetThrottle: {
      perIp: throttle('reset-ip:', 10),
      perEmail: throttle('reset-email:', 3),
    },
    invitationThrottle: { perIp: throttle('invitation-ip:', 30) },
    redis,
    now: options.now ?? (() => new Date()),
    mailer: createMailer(config, (level, line) => app.log[level](line)),
    storage: createFileStorage(config),
    metrics: new PortalMetrics(() => database.poolStats?.()),
  };

  const signLicensingAnswer = licensingSigner(ctx);
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, redact: REDACT, serializers: { req: requestLogFields } },
    trustProxy: config.trustProxy,
    frameworkErrors: (error, request, reply) =>
      answerFrameworkError(
        error,
        request,
        reply,
        isLicensingUrl(request.url) ? signLicensingAnswer : undefined,
      ),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  if (redis && !options.redis) app.addHook('onClose', () => redis.quit().then(() => undefined));
  // Only JSON bodies: a cross-site form cannot post text/plain to a JSON route.
  app.removeContentTypeParser('text/plain');

  registerErrorHandling(app);
  guardInputs(app);
  app.addHook('onClose', async () => ctx.storage.close());
  // At the root, so the document lists the routes of both plugins below.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Customer Portal API',
        version: '1.0.0',
        description: 'Portal, licensing and vendor APIs.',
      },
      servers: [{ url: config.publicUrl, description: 'This portal (PUBLIC_URL)' }],
      components: { securitySchemes },
    },
    transform: contractTransform,
  });
  const portalRoutes = requireDeclaredAccess(app);

  // Two encapsulated plugins side by side: the portal's hooks (cookies, compression, CSP,
  // session guards) stay off the licensing API, which sets its own (decision 157).
  await app.register(portalSurface(ctx, options.webRoot));
  await app.register(licensingApi(ctx), { prefix: '/v1' });

  return { app, ctx, portalRoutes };
}
