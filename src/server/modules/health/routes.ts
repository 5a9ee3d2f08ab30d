import type { FastifyInstance } from 'fastify';
import { HealthStatus } from '../../../common/health-api.js';
import type { AppContext } from '../../context.js';
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
}
