import { sign, type KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import * as schemas from '../src/common/licensing-api.js';
import { API_SECURITY_HEADERS } from '../src/server/http/security-headers.js';
import { countingStore } from '../src/server/modules/licensing/rate-limit-store.js';
import { PortalMetrics } from '../src/server/observability/metrics.js';

const WINDOW_MS = 60_000;
const UNLIMITED = 1e9;

/**
 * The reference's route with the duties validate cannot drop, each done the least costly way
 * the portal's libraries allow (decision 165): the body checked against the API's schema, the
 * answer serialised by its response schema, two rate limits counted in the library's store,
 * Fastify's logger at `warn` (the benchmark's level), the request-duration histogram and the
 * outcome counter, and the API's security headers with the signature. With the plain
 * reference's lookup of one row, the distance from validate left is validate's statement and
 * the code around it; with validate's own statement as the lookup (reference-statement.ts,
 * decision 169), it is validate's code alone.
 */
export function addValidateDuties(
  app: FastifyInstance,
  answer: Record<string, unknown>,
  lookup: (key: string, identifier: string) => unknown,
  privateKey: KeyObject,
): void {
  const metrics = new PortalMetrics(() => undefined);
  const byIp = countingStore(undefined, '');
  const byKey = countingStore(undefined, '');
  app.addHook('preValidation', (request, _reply, done) =>
    byIp.incr(
      request.ip,
      () => byKey.incr((request.body as { key: string }).key, () => done(), WINDOW_MS, UNLIMITED),
      WINDOW_MS,
      UNLIMITED,
    ),
  );
  app.addHook('onSend', (_request, reply, payload, done) => {
    const date = new Date().toUTCString();
    const body = Buffer.from(payload as string);
    const signature = sign(null, Buffer.concat([Buffer.from(`${date}\n`), body]), privateKey);
    reply.headers(API_SECURITY_HEADERS);
    reply.header('date', date);
    reply.header('x-signature', `ed25519=${signature.toString('base64')}`);
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.requestDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? '', status: '200' },
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.post<{ Body: { key: string; identifier: string } }>('/validate', {
    schema: { body: schemas.ValidateBody, response: { 200: schemas.ValidationResponse } },
    handler: async (request) => {
      // Validate's statement answers a promise, as in the portal; the plain lookup answers at once.
      const found = lookup(request.body.key, request.body.identifier);
      const valid = (found instanceof Promise ? await found : found) !== undefined;
      metrics.validateOutcomes.inc({ code: valid ? 'VALID' : 'NOT_FOUND' });
      return { ...answer, valid };
    },
  });
}
