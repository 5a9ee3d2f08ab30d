import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { languageFromHeader } from '../../i18n/language.js';
import { unsubscribePage, type UnsubscribePageState } from './unsubscribe-page.js';
import { unsubscribe, unsubscribeTarget } from './unsubscribe-service.js';

const Query = Type.Object({ token: Type.Optional(Type.String({ maxLength: 200 })) });

/** Form bodies as text, for these routes only: the rest of the server takes JSON alone. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * The link in List-Unsubscribe and in the footer of notification mails (docs/decisions/121).
 * GET shows what the link would switch off and a button; POST (the button, or a mail
 * client's one-click `List-Unsubscribe=One-Click`) switches it off. An invalid token gets
 * 400 and the page saying so, and changes nothing. Outside /api: the answer is a page.
 */
export async function unsubscribeRoutes(server: FastifyInstance, ctx: AppContext) {
  await server.register(async (scope) => {
    scope.addContentTypeParser(
      FORM_TYPES,
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, body, done) => done(null, body),
    );
    const app = scope.withTypeProvider<TypeBoxTypeProvider>();
    const page = (
      request: FastifyRequest,
      reply: FastifyReply,
      state: UnsubscribePageState | null,
    ) =>
      reply
        .status(state ? 200 : 400)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(
          unsubscribePage(
            state ?? {
              kind: 'invalid',
              language: languageFromHeader(request.headers['accept-language']) ?? 'en',
            },
            ctx.config.mailBrand,
            ctx.config.publicUrl,
          ),
        );

    app.get('/unsubscribe', {
      schema: { hide: true, querystring: Query },
      handler: async (request, reply) => {
        const { token } = request.query;
        const target = await unsubscribeTarget(ctx, token);
        if (!target) return page(request, reply, null);
        return page(
          request,
          reply,
          target.off ? { kind: 'done', target } : { kind: 'confirm', target, token: token! },
        );
      },
    });

    app.post('/unsubscribe', {
      schema: { hide: true, querystring: Query },
      handler: async (request, reply) => {
        const target = await unsubscribe(ctx, request.query.token, request.ip);
        return page(request, reply, target && { kind: 'done', target });
      },
    });
  });
}
