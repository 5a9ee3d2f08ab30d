import type { FastifyInstance } from 'fastify';
import { SIGNATURE_HEADER } from '../../crypto/signing.js';
import { DomainError } from '../../errors.js';

const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser-based licensing clients, only on /v1 and only for the configured origins
 * (LICENSING_CORS_ORIGINS). The portal's API never answers cross-origin: it is not in this
 * plugin. Small enough to keep here (decision 107); @fastify/cors could replace it.
 */
export function allowLicensingOrigins(app: FastifyInstance, allowed: readonly string[]): void {
  if (allowed.length === 0) return;
  const origins = new Set(allowed);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'origin');
    if (origin === undefined || !origins.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    // The signature and its date are what a browser client verifies.
    reply.header('access-control-expose-headers', `date, ${SIGNATURE_HEADER}, retry-after`);
  });
  app.options('/*', { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    if (origin === undefined || !origins.has(origin)) {
      throw new DomainError(
        'forbidden',
        'cors_origin_not_allowed',
        'This origin may not call the licensing API from a browser (LICENSING_CORS_ORIGINS).',
      );
    }
    return reply
      .status(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS))
      .send();
  });
}
