import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { SSO_ERROR_MESSAGES, SsoStartAnswer, SsoStartInput } from '../../../common/sso-api.js';
import { SESSION_COOKIE } from '../../auth/session-cookie.js';
import { assertNotThrottled, countFailedAttempt } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { startPortalSession } from '../security/sign-in-alert.js';
import { completeSsoSignIn, SsoRefusal, startSsoSignIn } from './sign-in-service.js';

/** Binds an attempt to the browser that started it: only it can finish the sign-in. */
const STATE_COOKIE = 'portal_sso_state';

function keepState(request: FastifyRequest, reply: FastifyReply, state: string) {
  reply.setCookie(STATE_COOKIE, state, {
    path: '/sso',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: 10 * 60,
  });
}

const toLogin = (reply: FastifyReply, code: string) =>
  reply.redirect(`/login?sso_error=${encodeURIComponent(code)}`, 303);

/**
 * "Sign in with SSO": the login page posts the email (or the sign-in link names the
 * organization), the browser goes to the IdP, and the IdP sends it back to /sso/callback.
 * The two browser routes are outside the OpenAPI document (docs/sso.md describes them).
 */
export async function ssoSignInRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/portal/auth/sso/start', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary:
        'Start single sign-on for the organization of the email’s domain (or named by its slug): send the browser to authorizationUrl (404 sso_unknown_domain)',
      body: SsoStartInput,
      response: { 200: SsoStartAnswer },
    },
    handler: async (request, reply) => {
      await assertNotThrottled(ctx, request.ip);
      const { email, organization, redirect } = request.body;
      if (!email && !organization)
        throw new DomainError('invalid', 'validation_failed', 'Enter your work email.', {
          email: 'Enter your work email.',
        });
      try {
        const started = await startSsoSignIn(ctx, {
          email,
          organizationSlug: organization,
          redirect,
        });
        keepState(request, reply, started.state);
        return { authorizationUrl: started.authorizationUrl };
      } catch (error) {
        if (!(error instanceof SsoRefusal)) throw error;
        await countFailedAttempt(ctx, request.ip);
        const kind = error.code === 'unavailable' ? 'unprocessable' : 'not_found';
        throw new DomainError(kind, `sso_${error.code}`, SSO_ERROR_MESSAGES[error.code], {
          email: SSO_ERROR_MESSAGES[error.code],
        });
      }
    },
  });

  app.get('/sso/:slug', {
    schema: { hide: true, params: Type.Object({ slug: Type.String({ maxLength: 100 }) }) },
    handler: async (request, reply) => {
      try {
        const started = await startSsoSignIn(ctx, { organizationSlug: request.params.slug });
        keepState(request, reply, started.state);
        return reply.redirect(started.authorizationUrl, 303);
      } catch (error) {
        if (error instanceof SsoRefusal) return toLogin(reply, error.code);
        throw error;
      }
    },
  });

  app.get('/sso/callback', {
    schema: { hide: true },
    handler: async (request, reply) => {
      const callbackUrl = new URL(request.url, ctx.config.publicUrl);
      reply.clearCookie(STATE_COOKIE, { path: '/sso' });
      try {
        const { session, redirectTo } = await completeSsoSignIn(ctx, {
          callbackUrl,
          browserState: request.cookies[STATE_COOKIE],
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          previousToken: request.cookies[SESSION_COOKIE],
        });
        await startPortalSession(ctx, request, reply, session);
        return reply.redirect(redirectTo, 303);
      } catch (error) {
        if (error instanceof SsoRefusal) return toLogin(reply, error.code);
        throw error;
      }
    },
  });
}
