import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { INVENTORY_VIEWS } from '../../../common/assignments-api.js';
import type { AppContext } from '../../context.js';
import { dashboardFor } from './service.js';

export async function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/api/portal/dashboard', {
    config: { access: 'dashboard.view' },
    schema: {
      tags: ['portal'],
      summary:
        'KPIs and recent activity of the active organization, or of the licenses assigned to the member (view=mine)',
      querystring: Type.Object({
        view: Type.Optional(
          Type.Union(
            INVENTORY_VIEWS.map((view) => Type.Literal(view)),
            { description: 'Default: mine for a non-Admin with assignments' },
          ),
        ),
      }),
    },
    handler: async (request) => dashboardFor(ctx, request.actor!, request.query.view),
  });
}
