import type { FastifyInstance } from 'fastify';
import { HealthStatus, Liveness, NotReady, Readiness } from '../../../common/health-api.js';
import type { AppContext } from '../../context.js';
import { probeReadiness, readinessProbes } from './probes.js';
import { pingDatabase } from './queries.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/api/health', {
    schema: {
      tags: ['health'],
      summary: 'Liveness and database reachability',
      response: {
        200: { ...HealthStatus, description: 'The server runs and reaches its database.' },
        503: { ...HealthStatus, description: 'The database cannot be reached.' },
      },
    },
    handler: async (_request, reply) => {
      try {
        await pingDatabase(ctx.db);
        return { status: 'ok', database: ctx.dialect };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: ctx.dialect });
      }
    },
  });

  // Liveness: the process answers. Touches nothing else, so a database outage restarts nobody.
  app.get('/healthz', {
    schema: {
      tags: ['health'],
      summary: 'Liveness: the process answers (checks nothing else)',
      response: { 200: Liveness },
    },
    handler: async () => ({ status: 'ok' }),
  });

  app.get('/readyz', {
    schema: {
      tags: ['health'],
      summary:
        'Readiness: the database, Redis (when configured) and the file storage answer; 503 names what is down',
      response: {
        200: { ...Readiness, description: 'Every dependency answers.' },
        503: { ...NotReady, description: 'Something is down: `down` names it.' },
      },
    },
    handler: async (request, reply) => {
      const { checks, down } = await probeReadiness(readinessProbes(ctx));
      if (down.length === 0) return { status: 'ready', checks };
      request.log.warn({ down }, 'not ready');
      return reply.status(503).send({
        status: 'unavailable',
        message: `Not ready: ${down.join(', ')} ${down.length === 1 ? 'is' : 'are'} down.`,
        down,
        checks,
      });
    },
  });
}
