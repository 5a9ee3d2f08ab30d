import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../../../common/password-rules.js';
import { SESSION_COOKIE, setSessionCookie } from '../../auth/session-cookie.js';
import { authenticate } from '../../authz/route-guard.js';
import type { AppContext } from '../../context.js';
import { PlainText } from '../../http/input-schemas.js';
import { languageFromHeader } from '../../i18n/language.js';
import { acceptInvitation, previewInvitation } from './accept-service.js';

const TokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

const Acceptance = Type.Object(
  {
    firstName: Type.Optional(PlainText({ maxLength: 100 })),
    lastName: Type.Optional(PlainText({ maxLength: 100 })),
    password: Type.Optional(Type.String({ maxLength: PASSWORD_MAX_LENGTH })),
  },
  { additionalProperties: false },
);

/** Public: the link in the invitation email is the credential. */
export async function acceptInvitationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/invitations/:token', {
    config: { access: 'public' },
    schema: {
      tags: ['portal'],
      summary: 'What an invitation link offers (404 once used, revoked or expired)',
      params: TokenParams,
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
      body: Acceptance,
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
      return { ok: true };
    },
  });
}
