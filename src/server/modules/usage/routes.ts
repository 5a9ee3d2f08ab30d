import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { UsageOutlook, UsageRangeQuery, UsageSeries } from '../../../common/usage-api.js';
import type { AppContext } from '../../context.js';
import * as service from './service.js';

const Id = (description: string) =>
  Type.Integer({ minimum: 1, maximum: 2_147_483_647, description });

/** Seats in use over time and their forecasts (docs/decisions/115-usage-from-activation-history.md). */
export async function usageRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/usage', {
    config: { access: 'usage.view' },
    schema: {
      tags: ['portal'],
      summary: 'Seats in use per day, activations per week, peak and forecast of the organization',
      querystring: UsageRangeQuery,
      response: { 200: UsageSeries },
    },
    handler: async (request) =>
      service.organizationUsage(ctx, request.actor!, request.query.range ?? '30d'),
  });

  app.get('/api/portal/usage/outlook', {
    config: { access: 'usage.view' },
    schema: {
      tags: ['portal'],
      summary:
        'Per product: seats in use, purchased and when they run out at this rate; entitlements expiring within 30 days with seats in use',
      response: { 200: UsageOutlook },
    },
    handler: async (request) => service.usageOutlook(ctx, request.actor!),
  });

  app.get('/api/portal/usage/products/:productId', {
    config: { access: 'usage.view' },
    schema: {
      tags: ['portal'],
      summary: 'Seats in use over time of one product the organization holds licenses of',
      params: Type.Object({ productId: Id('A product of GET /api/portal/licenses/products') }),
      querystring: UsageRangeQuery,
      response: { 200: UsageSeries },
    },
    handler: async (request) =>
      service.productUsage(
        ctx,
        request.actor!,
        request.params.productId,
        request.query.range ?? '30d',
      ),
  });

  app.get('/api/portal/usage/entitlements/:entitlementId', {
    config: { access: 'usage.view' },
    schema: {
      tags: ['portal'],
      summary: 'Seats in use over time of one entitlement’s licenses, with its expiry when near',
      params: Type.Object({
        entitlementId: Id('An entitlement of GET /api/portal/licenses/entitlements'),
      }),
      querystring: UsageRangeQuery,
      response: { 200: UsageSeries },
    },
    handler: async (request) =>
      service.entitlementUsage(
        ctx,
        request.actor!,
        request.params.entitlementId,
        request.query.range ?? '30d',
      ),
  });
}
