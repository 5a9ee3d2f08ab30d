import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { safeEqual } from '../crypto/tokens.js';
import type { PortalMetrics } from './metrics.js';

export interface MetricsText {
  contentType: string;
  body: string;
}

/**
 * /metrics on the public port only when METRICS_TOKEN is set and METRICS_PORT is not; the
 * scraper sends `Authorization: Bearer <token>`. Anything else is 404, as if there were no route.
 */
export function metricsBehindToken(app: FastifyInstance, config: Config, metrics: PortalMetrics) {
  const token = config.metrics.token;
  if (!token || config.metrics.port !== undefined) return;
  app.get('/metrics', {
    schema: { hide: true },
    handler: async (request, reply) => {
      const sent = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!sent || !safeEqual(sent, token))
        return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
      return reply
        .header('content-type', metrics.registry.contentType)
        .send(await metrics.registry.metrics());
    },
  });
}

/** A plain HTTP server answering GET /metrics on its own port (METRICS_PORT), for the scraper only. */
export function startMetricsServer(
  port: number,
  host: string,
  collect: () => Promise<MetricsText>,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    collect().then(
      ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
      (error: Error) =>
        response.writeHead(500, { 'content-type': 'text/plain' }).end(`${error.message}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
