import type { FastifyInstance } from 'fastify';
import type { PortalMetrics } from './metrics.js';

/**
 * Records each answer's duration by method, route pattern and status for the routes of the
 * plugin it is called in (the portal's and the licensing API's each call it). A callback
 * hook, not an async one: it runs on every request and has nothing to wait for.
 */
export function observeRequestDurations(app: FastifyInstance, metrics: PortalMetrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
