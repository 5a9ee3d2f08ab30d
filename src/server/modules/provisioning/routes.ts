import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { TObject } from 'typebox';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { vendorOpenApi } from '../../http/openapi-surfaces.js';
import { vendorErrors } from './common-schemas.js';
import type { VendorActor } from './operation.js';
import { idempotentPosts } from './idempotency/idempotent-posts.js';
import { VENDOR_OPERATIONS } from './operations.js';
import { authenticateApiToken } from './tokens/service.js';

declare module 'fastify' {
  interface FastifyRequest {
    vendorToken: { id: number; name: string } | null;
  }
}

/** "entitlement add-license" → entitlementAddLicense: the CLI command names the operation. */
const operationIdOf = (command: string) =>
  command.replace(/[ -]+(\w)/g, (_match, letter: string) => letter.toUpperCase());

/** An unknown query parameter is refused by its name, as portal lists do (a typo is not a silent no-op). */
const closedQuery = (query: TObject): TObject =>
  ({ ...query, additionalProperties: false }) as TObject;

const BEARER = /^Bearer\s+(\S+)$/i;
const unauthenticated = () =>
  new DomainError(
    'unauthenticated',
    'unauthenticated',
    'Send a valid vendor API token as "Authorization: Bearer <token>" (create one with npm run cli -- token create).',
  );

/** The vendor API under /api/vendor: every operation of VENDOR_OPERATIONS that has a route, behind a bearer token. */
export function vendorApi(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.decorateRequest('vendorToken', null);
    // Before the body is read, so an upload without a valid token is not stored anywhere.
    app.addHook('onRequest', async (request) => {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      request.vendorToken = token ? await authenticateApiToken(ctx, token) : null;
      if (!request.vendorToken) throw unauthenticated();
    });
    idempotentPosts(app, ctx);
    // Artifact uploads stream the raw body to storage; the operation measures and bounds it.
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) =>
      done(null, payload),
    );

    // Behind the token like every vendor route: the portal's /api/docs leaves these paths out.
    app.get('/openapi.json', { schema: { hide: true } }, async () =>
      vendorOpenApi(app.swagger() as Parameters<typeof vendorOpenApi>[0]),
    );

    const actorOf = (request: FastifyRequest): VendorActor => ({
      label: `Vendor API (${request.vendorToken!.name})`,
      ip: request.ip,
    });

    for (const operation of VENDOR_OPERATIONS) {
      const { route } = operation;
      if (!route) continue;
      app.route({
        method: route.method,
        url: route.url,
        schema: {
          tags: ['vendor'],
          operationId: operationIdOf(operation.command),
          summary: operation.summary,
          description: `CLI: \`npm run cli -- ${operation.command}\`.${operation.upload ? ' The body is the file itself, sent as application/octet-stream.' : ''}`,
          security: [{ vendorToken: [] }],
          // Absent parts stay absent: an undefined schema key makes Fastify warn.
          ...(operation.params && { params: operation.params }),
          ...(operation.query && { querystring: closedQuery(operation.query) }),
          ...(operation.body && !operation.upload && { body: operation.body }),
          response: { [route.status ?? 200]: operation.response, ...vendorErrors },
        },
        handler: async (request, reply) => {
          const input = {
            params: request.params,
            query: request.query,
            body: request.body,
            file: operation.upload ? (request.body as Readable) : undefined,
          };
          const result = await operation.run(
            ctx,
            input as Parameters<typeof operation.run>[1],
            actorOf(request),
          );
          return reply.status(route.status ?? 200).send(result);
        },
      });
    }
  };
}
