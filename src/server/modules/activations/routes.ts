import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  ActivationDetail,
  ActivationFilters,
  ActivationListQuery,
  ActivationPage,
  ActivationProducts,
  DeactivationRequest,
  DeactivationResult,
  MAX_DEACTIVATE_AT_ONCE,
  MAX_RECLAIM_PREVIEW,
  OfflineActivationResult,
  SwapActivationInput,
  SwapResult,
} from '../../../common/activations-api.js';
import { calendarDayInZone } from '../../../common/format/day-range.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import {
  ReclaimPreview,
  ReclaimPreviewQuery,
  ReclaimRequest,
  ReclaimResult,
} from '../../../common/reclaim-schema.js';
import { FileAnswer } from '../../../common/schema-kit.js';
import type { AppContext } from '../../context.js';
import { attachmentFilename, sendAttachment } from '../../http/attachment.js';
import { csvStream } from '../../http/csv-export.js';
import { startBatches } from '../../http/pagination.js';
import { OfflineActivationRequest } from '../../../common/licensing-api.js';
import { activationDetail } from './detail.js';
import { memberTranslator } from '../../i18n/member-translator.js';
import { activationCsvColumns } from './export-columns.js';
import { activateOfflineFromPortal } from './offline-service.js';
import { previewReclaim, reclaimActivations } from './reclaim.js';
import * as service from './service.js';
import { swapActivation } from './swap.js';

const timeZoneOf = (request: FastifyRequest) => request.auth!.user.preferences.timezone;

export async function activationRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/activations', {
    config: { access: 'activations.view' },
    schema: {
      tags: ['portal'],
      summary: "The organization's activations, filtered and sorted, one page at a time",
      querystring: ActivationListQuery,
      response: { 200: ActivationPage },
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
      response: { 200: ActivationProducts },
    },
    handler: async (request) => ({ products: await service.listProducts(ctx, request.actor!) }),
  });

  app.get('/api/portal/activations/:activationId', {
    config: { access: 'activations.view' },
    schema: {
      tags: ['portal'],
      summary: 'One activation with its license, entitlement and audit trail',
      params: Type.Object({ activationId: Type.Integer({ minimum: 1 }) }),
      response: { 200: ActivationDetail },
    },
    handler: async (request) =>
      activationDetail(ctx, request.actor!, request.params.activationId, memberTranslator(request)),
  });

  app.get('/api/portal/activations/export.csv', {
    config: { access: 'activations.export' },
    schema: {
      tags: ['portal'],
      summary: 'Export the filtered activations as CSV: every column, streamed, formula-safe',
      querystring: ActivationFilters,
      response: { 200: FileAnswer('text/csv', 'The activations as CSV, an attachment') },
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
      body: DeactivationRequest,
      response: { 200: DeactivationResult },
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
      body: OfflineActivationRequest,
      response: { 200: OfflineActivationResult },
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
      body: SwapActivationInput,
      response: { 201: SwapResult },
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
