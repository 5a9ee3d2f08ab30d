import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { DashboardPayload, DashboardQuery } from '../../../common/api-types.js';
import type { AppContext } from '../../context.js';
import { memberTranslator } from '../../i18n/member-translator.js';
import { dashboardFor } from './service.js';

export async function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/api/portal/dashboard', {
    config: { access: 'dashboard.view' },
    schema: {
      tags: ['portal'],
      summary:
        'KPIs and recent activity of the active organization, or of the licenses assigned to the member (view=mine)',
      querystring: DashboardQuery,
      response: { 200: DashboardPayload },
    },
    handler: async (request) =>
      dashboardFor(ctx, request.actor!, request.query.view, memberTranslator(request)),
  });
}
