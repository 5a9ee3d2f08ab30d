import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAppContext, type ContextOptions } from './app-context.js';
import { requireDeclaredAccess, type PortalRoute } from './authz/route-guard.js';
import type { AppContext } from './context.js';
import { answerFrameworkError, registerErrorHandling } from './http/errors.js';
import { guardInputs } from './http/input-guards.js';
import { requestLogFields } from './http/log-redaction.js';
import { contractTransform, securitySchemes } from './http/openapi-contract.js';
import { SCHEMA_COMPILERS } from './http/schema-compilers.js';
import { licensingApi } from './modules/licensing/routes.js';
import { portalSurface } from './portal-surface.js';
import { isLicensingUrl, licensingSigner } from './modules/licensing/response-signing.js';

export interface BuildOptions extends ContextOptions {
  logger?: boolean;
  /** The built web app to serve (default dist/web); tests point it at a small fixture. */
  webRoot?: string;
}

const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

export async function buildApp(
  options: BuildOptions,
): Promise<{ app: FastifyInstance; ctx: AppContext; portalRoutes: PortalRoute[] }> {
  const { config } = options;
  const { ctx, close } = createAppContext(options, (level, line) => app.log[level](line));

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
    schemaController: { compilersFactory: SCHEMA_COMPILERS },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
  });
  app.addHook('onClose', close);
  // Only JSON bodies: a cross-site form cannot post text/plain to a JSON route.
  app.removeContentTypeParser('text/plain');

  registerErrorHandling(app);
  guardInputs(app);
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
