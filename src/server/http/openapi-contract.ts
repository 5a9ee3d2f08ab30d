import type { FastifySchema, RouteOptions } from 'fastify';
import { ErrorBody } from '../../common/api-error.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { exampleOf } from './openapi-example.js';
import { VENDOR_PREFIX } from './openapi-surfaces.js';

/** The security schemes the documents declare; operations name theirs (see securityOf). */
export const securitySchemes = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie POST /api/portal/auth/login sets (a browser sends it itself).',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'The `csrfToken` of GET /api/portal/session; every portal request that changes something sends it.',
  },
  vendorToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'A vendor API token (npm run cli -- token create).',
  },
} as const;

/** What each error status means wherever a route does not say it more precisely. */
const ERROR_MEANING: Record<number, string> = {
  400: 'validation_failed or invalid_request: `fields` names each wrong field; nothing changed.',
  401: 'unauthenticated: no valid session (portal) or vendor token.',
  403: 'forbidden: the role does not allow this; csrf_failed: the x-csrf-token header is missing or wrong.',
  404: 'not_found: the record does not exist (or is not the organization’s).',
  413: 'The request body is larger than the server accepts.',
  415: 'The request body is not application/json.',
  429: 'rate_limited: too many requests; see Retry-After.',
};

const SIGNATURE_HEADERS = {
  date: {
    type: 'string',
    description: 'When the answer was signed (HTTP date); part of the signed message.',
  },
  'x-signature': {
    type: 'string',
    description: 'ed25519=<base64>: the signature over `date + "\\n" + body` (GET /v1/public-key).',
  },
};

type Schema = Record<string, unknown>;
type RouteSchema = FastifySchema & {
  response?: Record<string, Schema>;
  operationId?: string;
  security?: Schema[];
  hide?: boolean;
};

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const THROTTLED = /^\/api\/portal\/(auth\/|password-reset|invitations\/[^/]+\/accept)/;

/** GET /api/portal/licenses/:licenseId/keys → getLicensesByLicenseIdKeys: stable, unique per method and path. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/portal(?=\/|$)/, '')
    .replace(/^\/api(?=\/)/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split(/[-_.]/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

function securityOf(route: RouteOptions, method: string): Schema[] {
  const url = route.url;
  if (url === VENDOR_PREFIX || url.startsWith(`${VENDOR_PREFIX}/`)) return [{ vendorToken: [] }];
  const access = route.config?.access;
  if (!access || access === 'public') return [];
  return BODY_METHODS.has(method) || method === 'DELETE'
    ? [{ sessionCookie: [], csrfToken: [] }]
    : [{ sessionCookie: [] }];
}

function errorStatuses(route: RouteOptions, schema: RouteSchema, method: string): number[] {
  const guarded = securityOf(route, method).length > 0;
  const portal = route.config?.access !== undefined && route.config.access !== 'public';
  const statuses: number[] = [];
  if (schema.body || schema.querystring || schema.params) statuses.push(400);
  if (guarded) statuses.push(401);
  if (portal) statuses.push(403);
  if (schema.params) statuses.push(404);
  if (BODY_METHODS.has(method)) statuses.push(413, 415);
  if (route.url.startsWith('/v1/') || THROTTLED.test(route.url)) statuses.push(429);
  return statuses;
}

/**
 * @fastify/swagger's per-route transform: fills in what every operation of the documents has
 * (operationId, security, the one error schema per status, an example, /v1's signature headers)
 * without touching the schemas routes validate and serialise with.
 */
export function contractTransform(input: {
  schema: FastifySchema;
  url: string;
  route: RouteOptions;
}): { schema: FastifySchema; url: string } {
  const { url, route } = input;
  const schema = input.schema as RouteSchema;
  if (!schema || schema.hide) return { schema, url };
  const method = [route.method].flat()[0]!;
  const signed = route.url.startsWith('/v1/');
  const response: Record<string, Schema> = {};
  for (const [status, body] of Object.entries(schema.response ?? {})) {
    const success = status.startsWith('2');
    const example = success && !('examples' in body) ? exampleOf(body) : undefined;
    response[status] = {
      ...body,
      ...(example !== undefined && { examples: [example] }),
      ...(signed && { headers: SIGNATURE_HEADERS }),
    };
  }
  // Without any 2xx, @fastify/swagger would document no success answer once errors are added.
  if (!Object.keys(response).some((status) => status.startsWith('2')))
    response['200'] = { description: 'The answer (its shape is not documented yet).' };
  for (const status of errorStatuses(route, schema, method)) {
    response[status] ??= {
      ...ErrorBody(ERROR_MEANING[status]!),
      ...(signed && { headers: SIGNATURE_HEADERS }),
    };
  }
  return {
    url,
    schema: {
      ...schema,
      operationId: schema.operationId ?? operationIdOf(method, route.url),
      security: (schema.security ?? securityOf(route, method)) as FastifySchema['security'],
      response,
    },
  };
}
