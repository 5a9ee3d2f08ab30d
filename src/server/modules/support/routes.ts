import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  RenewalRequested,
  RenewalRequestInput,
  SupportQuery,
  SupportRequestContext,
} from '../../../common/support-api.js';
import type { AppContext } from '../../context.js';
import { requestRenewal, supportContext } from './service.js';

export async function supportRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/support', {
    config: { access: 'support.contact' },
    schema: {
      tags: ['portal'],
      summary:
        'The vendor’s support contact and what a support request pre-fills (the organization; with licenseId the license and its verdict)',
      querystring: SupportQuery,
      response: { 200: SupportRequestContext },
    },
    handler: async (request) => supportContext(ctx, request.actor!, request.query.licenseId),
  });

  app.post('/api/portal/licenses/:licenseId/renewal-request', {
    config: { access: 'licenses.requestRenewal' },
    schema: {
      tags: ['portal'],
      summary:
        'Ask the vendor to renew an expiring or expired license (mailed to the renewal address, audited)',
      params: Type.Object({ licenseId: Type.Integer({ minimum: 1 }) }),
      body: RenewalRequestInput,
      response: { 201: RenewalRequested },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestRenewal(
            ctx,
            request.actor!,
            request.params.licenseId,
            request.body,
            request.ip,
          ),
        ),
  });
}
