import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Credentials, LoginResult } from '../../../common/account-api.js';
import { SessionPayload, SwitchOrganization } from '../../../common/api-types.js';
import { OK, OkAnswer } from '../../../common/schema-kit.js';
import { clearSessionCookie, SESSION_COOKIE } from '../../auth/session-cookie.js';
import { signIn, signOut, switchOrganization } from '../../auth/session-service.js';
import type { AppContext } from '../../context.js';
import { startPortalSession } from '../security/sign-in-alert.js';
import { presentSession } from './present-session.js';

export async function sessionRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  app.post('/api/portal/auth/login', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary:
        'Sign in with email and password; an account with two-factor authentication gets a pending sign-in',
      body: Credentials,
      response: { 200: LoginResult },
    },
    handler: async (request, reply): Promise<LoginResult> => {
      const { email, password } = request.body;
      const result = await signIn(ctx, {
        email,
        password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      });
      if (result.kind === 'second_factor')
        return { secondFactorRequired: true, pendingToken: result.pendingToken };
      await startPortalSession(ctx, request, reply, result.session);
      return OK;
    },
  });

  app.post('/api/portal/auth/logout', {
    config: { access: 'signedIn' },
    schema: { tags: ['portal'], summary: 'Sign out of this session', response: { 200: OkAnswer } },
    handler: async (request, reply) => {
      await signOut(ctx, request.cookies[SESSION_COOKIE]!);
      clearSessionCookie(reply);
      return OK;
    },
  });

  app.get('/api/portal/session', {
    config: { access: 'signedIn' },
    schema: {
      tags: ['portal'],
      summary: 'The signed-in member, their organizations and abilities',
      response: { 200: SessionPayload },
    },
    handler: async (request) => presentSession(ctx, request.auth!),
  });

  app.post('/api/portal/session/organization', {
    config: { access: 'signedIn' },
    schema: {
      tags: ['portal'],
      summary: 'Switch the active organization',
      body: SwitchOrganization,
      response: { 200: OkAnswer },
    },
    handler: async (request) => {
      await switchOrganization(ctx, request.auth!, request.body.organizationId);
      return OK;
    },
  });
}
