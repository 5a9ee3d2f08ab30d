import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { InvitationAcceptance, InvitationPreview } from '../../../common/members-api.js';
import { OK, OkAnswer } from '../../../common/schema-kit.js';
import { SESSION_COOKIE, setSessionCookie } from '../../auth/session-cookie.js';
import { authenticate } from '../../authz/route-guard.js';
import type { AppContext } from '../../context.js';
import { languageFromHeader } from '../../i18n/language.js';
import { acceptInvitation, previewInvitation } from './accept-service.js';

const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

/** Public: the link in the invitation email is the credential. */
export async function acceptInvitationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/invitations/:token', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary: 'What an invitation link offers (404 once used, revoked or expired)',
      params: TokenParams,
      response: { 200: InvitationPreview },
    },
    handler: async (request) => previewInvitation(ctx, request.params.token, request.ip),
  });

  app.post('/api/portal/invitations/:token/accept', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary:
        'Accept: a new address sends name and password; an existing account must be signed in',
      params: TokenParams,
      body: InvitationAcceptance,
      response: { 200: OkAnswer },
    },
    handler: async (request, reply) => {
      const signIn = {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousToken: request.cookies[SESSION_COOKIE],
      };
      const { session } = await acceptInvitation(ctx, request.params.token, {
        account: request.body,
        signIn,
        signedIn: () => authenticate(ctx, request),
        browserLanguage: languageFromHeader(request.headers['accept-language']),
      });
      if (session) setSessionCookie(request, reply, session.token, session.expiresAt);
      return OK;
    },
  });
}
