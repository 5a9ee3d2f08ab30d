import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { dashboardFor } from './service.js';

export async function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/api/portal/dashboard', {
    config: { access: 'dashboard.view' },
    schema: { tags: ['portal'], summary: 'KPIs and recent activity of the active organization' },
    handler: async (request) => dashboardFor(ctx, request.actor!),
  });
}
