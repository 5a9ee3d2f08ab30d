import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  ACTIVATION_SORT_COLUMNS,
  MAX_DEACTIVATE_AT_ONCE,
  MAX_RECLAIM_PREVIEW,
} from '../../../common/activations-api.js';
import { calendarDayInZone } from '../../../common/format/day-range.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import {
  ReclaimPreview,
  ReclaimPreviewQuery,
  ReclaimRequest,
  ReclaimResult,
} from '../../../common/reclaim-schema.js';
import type { AppContext } from '../../context.js';
import { attachmentFilename, sendAttachment } from '../../http/attachment.js';
import { csvStream } from '../../http/csv-export.js';
import { startBatches } from '../../http/pagination.js';
import { DateRangeQuery, listQuerySchema, SearchQuery, sortQuery } from '../../http/list-query.js';
import { OfflineRequestFile } from '../licensing/schemas.js';
import { activationDetail } from './detail.js';
import { memberTranslator } from '../../i18n/member-translator.js';
import { activationCsvColumns } from './export-columns.js';
import { activateOfflineFromPortal } from './offline-service.js';
import { previewReclaim, reclaimActivations } from './reclaim.js';
import * as service from './service.js';
import { swapActivation } from './swap.js';

const ActivationFilters = {
  ...DateRangeQuery,
  ...SearchQuery,
  productId: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Only activations of this product' }),
  ),
  ...sortQuery(ACTIVATION_SORT_COLUMNS, { sort: 'activatedAt', direction: 'desc' }),
};

const timeZoneOf = (request: FastifyRequest) => request.auth!.user.preferences.timezone;

export async function activationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/activations', {
    config: { access: 'activations.view' },
    schema: {
      tags: ['portal'],
      summary: "The organization's activations, filtered and sorted, one page at a time",
      querystring: listQuerySchema(ActivationFilters),
    },
    handler: async (request) =>
      service.listActivations(ctx, request.actor!, timeZoneOf(request), {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.get('/api/portal/activations/products', {
    config: { access: 'activations.view' },
    schema: {
      tags: ['portal'],
      summary: 'The products the organization holds licenses of, for the product filter',
    },
    handler: async (request) => ({ products: await service.listProducts(ctx, request.actor!) }),
  });

  app.get('/api/portal/activations/:activationId', {
    config: { access: 'activations.view' },
    schema: {
      tags: ['portal'],
      summary: 'One activation with its license, entitlement and audit trail',
      params: Type.Object({ activationId: Type.Integer({ minimum: 1 }) }),
    },
    handler: async (request) => activationDetail(ctx, request.actor!, request.params.activationId),
  });

  app.get('/api/portal/activations/export.csv', {
    config: { access: 'activations.export' },
    schema: {
      tags: ['portal'],
      summary: 'Export the filtered activations as CSV: every column, streamed, formula-safe',
      querystring: Type.Object(ActivationFilters, { additionalProperties: false }),
    },
    handler: async (request, reply) => {
      const actor = request.actor!;
      const timeZone = timeZoneOf(request);
      const slug = await service.organizationSlugOf(ctx, actor);
      const filename = attachmentFilename(
        slug,
        'activations',
        calendarDayInZone(ctx.now(), timeZone),
        'csv',
      );
      const body = csvStream(
        activationCsvColumns(timeZone, memberTranslator(request)),
        await startBatches(service.activationBatches(ctx, actor, timeZone, request.query)),
      );
      return sendAttachment(reply, { filename, contentType: 'text/csv; charset=utf-8', body });
    },
  });

  app.post('/api/portal/activations/deactivate', {
    config: { access: 'activations.deactivate' },
    schema: {
      tags: ['portal'],
      summary: 'Deactivate one or several activations, all or none; their seats are free at once',
      body: Type.Object(
        {
          activationIds: Type.Array(Type.Integer({ minimum: 1 }), {
            minItems: 1,
            maxItems: MAX_DEACTIVATE_AT_ONCE,
          }),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (request) =>
      service.deactivateActivations(ctx, request.actor!, request.body.activationIds, request.ip),
  });

  app.get('/api/portal/activations/reclaim-preview', {
    config: { access: 'activations.deactivate' },
    schema: {
      tags: ['portal'],
      summary: `Seat reclaim, step 1: the activations not seen for N days (count, seats, and the first ${MAX_RECLAIM_PREVIEW} by last seen)`,
      querystring: ReclaimPreviewQuery,
      response: { 200: ReclaimPreview },
    },
    handler: async (request) => previewReclaim(ctx, request.actor!, request.query.notSeenForDays),
  });

  app.post('/api/portal/activations/reclaim', {
    config: { access: 'activations.deactivate' },
    schema: {
      tags: ['portal'],
      summary: `Seat reclaim, step 2: free these previewed activations (at most ${MAX_DEACTIVATE_AT_ONCE} per request) if still not seen for N days`,
      body: ReclaimRequest,
      response: { 200: ReclaimResult },
    },
    handler: async (request) =>
      reclaimActivations(
        ctx,
        request.actor!,
        request.body.notSeenForDays,
        request.body.activationIds,
        request.ip,
      ),
  });

  app.post('/api/portal/activations/offline', {
    config: { access: 'licenses.activate' },
    schema: {
      tags: ['portal'],
      summary:
        'Activate an air-gapped machine from its request file; answers the signed response file (and its QR code)',
      body: Type.Object(
        {
          requestFile: OfflineRequestFile,
          projectName: Type.Optional(Type.String({ maxLength: 200 })),
          projectManager: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (request) =>
      activateOfflineFromPortal(ctx, request.actor!, request.body, request.ip),
  });

  app.post('/api/portal/activations/:activationId/swap', {
    config: { access: 'activations.deactivate' },
    schema: {
      tags: ['portal'],
      summary:
        'Swap a machine in one step: deactivate this activation and activate another identifier with the same seats and project data',
      params: Type.Object({ activationId: Type.Integer({ minimum: 1 }) }),
      body: Type.Object(
        {
          identifier: Type.String({
            minLength: 1,
            maxLength: 255,
            pattern: '\\S',
            description: 'The new machine fingerprint, domain or serial',
          }),
          name: Type.Optional(Type.String({ maxLength: 200 })),
          hostname: Type.Optional(Type.String({ maxLength: 255 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await swapActivation(
            ctx,
            request.actor!,
            request.params.activationId,
            request.body,
            request.ip,
          ),
        ),
  });
}
