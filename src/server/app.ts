import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { guardPortalRoutes, requireDeclaredAccess, type PortalRoute } from './authz/route-guard.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { LicenseKeyVault } from './crypto/license-keys.js';
import { loadSecrets, type Secrets } from './crypto/secrets.js';
import type { DatabaseHandle } from './db/database.js';
import { compressResponses } from './http/compression.js';
import { answerFrameworkError, registerErrorHandling } from './http/errors.js';
import { guardInputs } from './http/input-guards.js';
import { requestLogFields } from './http/log-redaction.js';
import { addSecurityHeaders } from './http/security-headers.js';
import { serveWebApp } from './http/web-app.js';
import { sessionJsonFor } from './modules/session/present-session.js';
import { AttemptThrottle, type ThrottleStore } from './shared-state/attempt-throttle.js';
import { connectRedis } from './shared-state/redis-client.js';
import { publicOpenApi } from './http/openapi-surfaces.js';
import { contractTransform, securitySchemes } from './http/openapi-contract.js';
import { createMailer } from './mail/mailer.js';
import { PortalMetrics } from './observability/metrics.js';
import { metricsBehindToken } from './observability/serve-metrics.js';
import { createFileStorage } from './storage/create-file-storage.js';
import { accountRoutes } from './modules/account/routes.js';
import { passwordResetRoutes } from './modules/account/password-reset-routes.js';
import { activationRoutes } from './modules/activations/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { usageRoutes } from './modules/usage/routes.js';
import { downloadRoutes } from './modules/downloads/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { licenseActionRoutes } from './modules/licenses/license-action-routes.js';
import { assignmentRoutes } from './modules/assignments/routes.js';
import { supportRoutes } from './modules/support/routes.js';
import { licenseRoutes } from './modules/licenses/routes.js';
import { acceptInvitationRoutes } from './modules/members/accept-routes.js';
import { invitationRoutes } from './modules/members/invitation-routes.js';
import { memberRoutes } from './modules/members/routes.js';
import { preferenceRoutes } from './modules/preferences/routes.js';
import { licensingApi } from './modules/licensing/routes.js';
import { isLicensingUrl, licensingSigner } from './modules/licensing/response-signing.js';
import { vendorApi } from './modules/provisioning/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { unsubscribeRoutes } from './modules/notifications/unsubscribe-routes.js';
import { securityRoutes } from './modules/security/routes.js';
import { sessionRoutes } from './modules/session/routes.js';
import { scimApi } from './modules/scim/routes.js';
import { ssoSettingsRoutes } from './modules/sso/routes.js';
import { ssoSignInRoutes } from './modules/sso/sign-in-routes.js';

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
  app.addHook('onResponse', async (request, reply) => {
    ctx.metrics.requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });
  app.addHook('onClose', async () => ctx.storage.close());
  await app.register(fastifyCookie);
  // Before every route: the plugin hooks routes as they are added.
  await compressResponses(app);
  addSecurityHeaders(app, config.releaseNotesImageOrigins);
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
  // The portal's host documents only the portal and /v1; the vendor's paths go to vendor tokens.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformSpecification: (document) =>
      publicOpenApi(document as Parameters<typeof publicOpenApi>[0]),
  });

  const portalRoutes = requireDeclaredAccess(app);
  guardPortalRoutes(app, ctx);

  await healthRoutes(app, ctx);
  metricsBehindToken(app, config, ctx.metrics);
  await sessionRoutes(app, ctx);
  await dashboardRoutes(app, ctx);
  await usageRoutes(app, ctx);
  await licenseRoutes(app, ctx);
  await licenseActionRoutes(app, ctx);
  await assignmentRoutes(app, ctx);
  await supportRoutes(app, ctx);
  await memberRoutes(app, ctx);
  await invitationRoutes(app, ctx);
  await acceptInvitationRoutes(app, ctx);
  await activationRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await downloadRoutes(app, ctx);
  await preferenceRoutes(app, ctx);
  await accountRoutes(app, ctx);
  await passwordResetRoutes(app, ctx);
  await securityRoutes(app, ctx);
  await notificationRoutes(app, ctx);
  await unsubscribeRoutes(app, ctx);
  await ssoSettingsRoutes(app, ctx);
  await ssoSignInRoutes(app, ctx);
  await app.register(scimApi(ctx), { prefix: '/scim/v2' });
  await app.register(licensingApi(ctx), { prefix: '/v1' });
  await app.register(vendorApi(ctx), { prefix: '/api/vendor' });
  await serveWebApp(app, options.webRoot, (request, reply) => sessionJsonFor(ctx, request, reply));

  return { app, ctx, portalRoutes };
}
