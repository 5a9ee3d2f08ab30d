import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import SCIMMY from 'scimmy';
import type { AppContext } from '../../context.js';
import { sha256Hex } from '../../crypto/tokens.js';
import { DomainError } from '../../errors.js';
import { STATUS_OF } from '../../http/errors.js';
import { declareScimResources, withBooleanActive, type ScimRequestContext } from './resources.js';
import type { ScimCaller } from './provisioning-service.js';
import * as queries from './queries.js';

const SCIM_JSON = 'application/scim+json; charset=utf-8';

declare module 'fastify' {
  interface FastifyRequest {
    scimCaller: ScimCaller | null;
  }
}

function send(reply: FastifyReply, status: number, body: unknown) {
  return reply.status(status).type(SCIM_JSON).send(JSON.stringify(body));
}

/** SCIM's error message for a status and keyword; a combination scimmy's list does not know falls back to a plain 400. */
function errorResponse(status: number, scimType: string | null, detail: string) {
  try {
    return new SCIMMY.Messages.ErrorResponse(
      new SCIMMY.Types.Error(status, scimType as string, detail),
    );
  } catch {
    const fallback = status >= 500 ? 500 : 400;
    return new SCIMMY.Messages.ErrorResponse(
      new SCIMMY.Types.Error(fallback, null as unknown as string, detail),
    );
  }
}

/** Any failure as `urn:ietf:params:scim:api:messages:2.0:Error`; a bad body is a 400, never a 500. */
function sendError(reply: FastifyReply, error: unknown) {
  const status = (error as { statusCode?: number }).statusCode;
  const message = (error as Error).message;
  let body: SCIMMY.Messages.ErrorResponse;
  if (error instanceof SCIMMY.Types.Error)
    body = errorResponse(error.status, error.scimType ?? null, message);
  else if (error instanceof DomainError)
    body = errorResponse(
      STATUS_OF[error.kind],
      error.kind === 'invalid' ? 'invalidValue' : null,
      message,
    );
  else if (error instanceof TypeError || error instanceof SyntaxError)
    body = errorResponse(400, 'invalidSyntax', message);
  else if (status !== undefined && status >= 400 && status < 500)
    body = errorResponse(status, null, message);
  else {
    reply.log.error(error);
    body = errorResponse(500, null, 'The request failed.');
  }
  return send(reply, Number(body.status), body);
}

interface ListQuery {
  filter?: string;
  startIndex?: string;
  count?: string;
  attributes?: string;
  excludedAttributes?: string;
}

function listConfig(query: ListQuery) {
  const integer = (value: string | undefined) =>
    value !== undefined && /^[0-9]{1,9}$/.test(value) ? Number(value) : undefined;
  return {
    ...(query.filter !== undefined && { filter: query.filter }),
    ...(query.attributes !== undefined && { attributes: query.attributes }),
    ...(query.excludedAttributes !== undefined && { excludedAttributes: query.excludedAttributes }),
    ...(integer(query.startIndex) !== undefined && {
      startIndex: Math.max(1, integer(query.startIndex)!),
    }),
    ...(integer(query.count) !== undefined && { count: integer(query.count) }),
  };
}

/**
 * SCIM 2.0 at /scim/v2 (RFC 7644), one service per organization: the bearer token names the
 * organization, and nothing here can reach another's members. Outside the OpenAPI document
 * (docs/sso.md describes it; /scim/v2/ServiceProviderConfig, /ResourceTypes and /Schemas
 * describe it to clients).
 */
export function scimApi(ctx: AppContext) {
  declareScimResources();
  return async (app: FastifyInstance) => {
    app.decorateRequest('scimCaller', null);
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser(
      ['application/scim+json', 'application/json'],
      { parseAs: 'string' },
      (_request, body, done) => {
        try {
          done(null, body === '' ? undefined : JSON.parse(body as string));
        } catch (error) {
          done(
            new SCIMMY.Types.Error(
              400,
              'invalidSyntax',
              `The body is not JSON: ${(error as Error).message}`,
            ),
            undefined,
          );
        }
      },
    );
    app.setErrorHandler((error, _request, reply) => sendError(reply, error));
    app.setNotFoundHandler((request, reply) =>
      sendError(
        reply,
        new SCIMMY.Types.Error(
          404,
          null as unknown as string,
          `No SCIM endpoint ${request.method} ${request.url}`,
        ),
      ),
    );
    app.addHook('onRequest', async (request: FastifyRequest) => {
      const header = request.headers.authorization ?? '';
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const found = token ? await queries.findUsableToken(ctx.db, sha256Hex(token)) : undefined;
      if (!found)
        throw new SCIMMY.Types.Error(
          401,
          null as unknown as string,
          'A valid SCIM bearer token is required.',
        );
      await queries.touchToken(ctx.db, found.organization_id, found.id, ctx.now().toISOString());
      request.scimCaller = {
        organizationId: found.organization_id,
        label: `SCIM (${found.name})`,
        ip: request.ip,
      };
    });
    const scim = (request: FastifyRequest): ScimRequestContext => ({
      ctx,
      caller: request.scimCaller!,
    });
    const hide = { schema: { hide: true } };

    for (const [path, Resource] of [
      ['/Users', SCIMMY.Resources.User],
      ['/Groups', SCIMMY.Resources.Group],
    ] as const) {
      app.get(path, hide, async (request, reply) =>
        send(
          reply,
          200,
          await new Resource(undefined, listConfig(request.query as ListQuery)).read(scim(request)),
        ),
      );
      app.get(`${path}/:id`, hide, async (request, reply) => {
        const { id } = request.params as { id: string };
        return send(
          reply,
          200,
          await new Resource(id, listConfig(request.query as ListQuery)).read(scim(request)),
        );
      });
      app.post(path, hide, async (request, reply) =>
        send(reply, 201, await new Resource().write(request.body, scim(request))),
      );
      app.put(`${path}/:id`, hide, async (request, reply) => {
        const { id } = request.params as { id: string };
        return send(reply, 200, await new Resource(id).write(request.body, scim(request)));
      });
      app.patch(`${path}/:id`, hide, async (request, reply) => {
        const { id } = request.params as { id: string };
        const patched = await new Resource(id).patch(
          withBooleanActive(request.body) as never,
          scim(request),
        );
        return patched === undefined ? reply.status(204).send() : send(reply, 200, patched);
      });
      app.delete(`${path}/:id`, hide, async (request, reply) => {
        const { id } = request.params as { id: string };
        await new Resource(id).dispose(scim(request));
        return reply.status(204).send();
      });
    }
    app.get('/ServiceProviderConfig', hide, async (_request, reply) =>
      send(reply, 200, await new SCIMMY.Resources.ServiceProviderConfig().read()),
    );
    app.get('/ResourceTypes', hide, async (_request, reply) =>
      send(reply, 200, await new SCIMMY.Resources.ResourceType().read()),
    );
    app.get('/Schemas', hide, async (_request, reply) =>
      send(reply, 200, await new SCIMMY.Resources.Schema().read()),
    );
  };
}
