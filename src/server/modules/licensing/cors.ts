import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { SIGNATURE_HEADER } from '../../crypto/signing.js';
import { DomainError } from '../../errors.js';

const PREFLIGHT_MAX_AGE_SECONDS = 600;

const originRefused = () =>
  new DomainError(
    'forbidden',
    'cors_origin_not_allowed',
    'This origin may not call the licensing API from a browser (LICENSING_CORS_ORIGINS).',
  );

/**
 * CORS for browser-based licensing clients with @fastify/cors, registered in the /v1 plugin
 * only (the portal's API never answers cross-origin) and only for LICENSING_CORS_ORIGINS.
 * Another origin's preflight is refused with the documented 403; its other requests just
 * get no CORS headers.
 */
export async function allowLicensingOrigins(
  app: FastifyInstance,
  allowed: readonly string[],
): Promise<void> {
  if (allowed.length === 0) return;
  const origins = new Set(allowed);
  await app.register(fastifyCors, {
    hideOptionsRoute: true,
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      const known = origin !== undefined && origins.has(origin);
      if (!known && request.method === 'OPTIONS') return callback(originRefused());
      callback(null, {
        origin: known,
        methods: ['GET', 'POST'],
        allowedHeaders: ['content-type'],
        // The signature and its date are what a browser client verifies.
        exposedHeaders: ['date', SIGNATURE_HEADER, 'retry-after'],
        maxAge: PREFLIGHT_MAX_AGE_SECONDS,
        // Any OPTIONS of an allowed origin is answered, as a browser's preflight is.
        strictPreflight: false,
      });
    },
  });
}
