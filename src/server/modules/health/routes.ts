import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/api/health', {
    schema: { tags: ['health'], summary: 'Liveness and database reachability' },
    handler: async (_request, reply) => {
      try {
        await sql`select 1`.execute(ctx.db);
        return { status: 'ok', database: ctx.dialect };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: ctx.dialect });
      }
    },
  });
}
