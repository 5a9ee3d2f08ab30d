import fastifyCookie from '@fastify/cookie';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';
import { guardPortalRoutes } from './authz/route-guard.js';
import type { AppContext } from './context.js';
import { compressResponses } from './http/compression.js';
import { publicOpenApi } from './http/openapi-surfaces.js';
import { addSecurityHeaders } from './http/security-headers.js';
import { serveWebApp } from './http/web-app.js';
import { observeRequestDurations } from './observability/request-durations.js';
import { metricsBehindToken } from './observability/serve-metrics.js';
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
import { vendorApi } from './modules/provisioning/routes.js';
import { sessionJsonFor } from './modules/session/present-session.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { unsubscribeRoutes } from './modules/notifications/unsubscribe-routes.js';
import { securityRoutes } from './modules/security/routes.js';
import { sessionRoutes } from './modules/session/routes.js';
import { scimApi } from './modules/scim/routes.js';
import { ssoSettingsRoutes } from './modules/sso/routes.js';
import { ssoSignInRoutes } from './modules/sso/sign-in-routes.js';

/**
 * Everything but the licensing API, in one encapsulated plugin (no fastify-plugin): the web
 * app and its pages, /api/portal, the API docs, health, SCIM and the vendor API get cookies,
 * compression, the browser's security headers (CSP …) and the session guards here. /v1 is
 * registered beside this plugin, so none of these hooks runs for it (decision 157).
 */
export function portalSurface(ctx: AppContext, webRoot: string | undefined): FastifyPluginAsync {
  return async (app) => {
    const { config } = ctx;
    observeRequestDurations(app, ctx.metrics);
    await app.register(fastifyCookie);
    // Before every route: the plugin hooks routes as they are added.
    await compressResponses(app);
    addSecurityHeaders(app, config.releaseNotesImageOrigins);
    // The portal's host documents only the portal and /v1; the vendor's paths go to vendor tokens.
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      transformSpecification: (document) =>
        publicOpenApi(document as Parameters<typeof publicOpenApi>[0]),
    });
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
    await app.register(vendorApi(ctx), { prefix: '/api/vendor' });
    // Its not-found handler answers every path no other plugin owns, with this plugin's hooks.
    await serveWebApp(app, webRoot, (request, reply) => sessionJsonFor(ctx, request, reply));
  };
}
