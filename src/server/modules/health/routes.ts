import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { pingDatabase } from './queries.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/api/health', {
    schema: { tags: ['health'], summary: 'Liveness and database reachability' },
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
