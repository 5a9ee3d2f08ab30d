import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AuditActors,
  AuditChainVerification,
  AuditEventPage,
  AuditFilters,
  AuditListQuery,
} from '../../../common/audit-api.js';
import { calendarDayInZone } from '../../../common/format/day-range.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import { FileAnswer } from '../../../common/schema-kit.js';
import type { AppContext } from '../../context.js';
import { attachmentFilename, sendAttachment } from '../../http/attachment.js';
import { csvStream } from '../../http/csv-export.js';
import { jsonLinesStream } from '../../http/jsonl-export.js';
import { startBatches } from '../../http/pagination.js';
import { auditSentence } from '../../i18n/audit-wording.js';
import { memberTranslator } from '../../i18n/member-translator.js';
import { auditCsvColumns, auditJsonLine } from './export-formats.js';
import * as service from './service.js';

const timeZoneOf = (request: FastifyRequest) => request.auth!.user.preferences.timezone;

export async function auditRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/audit-events', {
    config: { access: 'audit.view' },
    schema: {
      tags: ['portal'],
      summary: 'The Audit & Event Log, filtered, newest first, one page at a time',
      querystring: AuditListQuery,
      response: { 200: AuditEventPage },
    },
    handler: async (request) => {
      const page = await service.listAuditEvents(ctx, request.actor!, timeZoneOf(request), {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      });
      // Each sentence in the reader's language; the stored English stays the record (decision 139).
      const t = memberTranslator(request);
      return {
        ...page,
        items: page.items.map((e) => ({ ...e, message: auditSentence(t, e.action, e.message) })),
      };
    },
  });

  app.get('/api/portal/audit-events/users', {
    config: { access: 'audit.view' },
    schema: {
      tags: ['portal'],
      summary:
        'The members and the other actors (software, vendor) who appear in the log, for the user filter',
      response: { 200: AuditActors },
    },
    handler: async (request) => service.listAuditActors(ctx, request.actor!),
  });

  const exportRoute = (format: 'csv' | 'jsonl') =>
    app.get(`/api/portal/audit-events/export.${format}`, {
      config: { access: 'audit.export' },
      schema: {
        tags: ['portal'],
        summary:
          format === 'csv'
            ? 'Export the filtered events as CSV (formula-safe)'
            : 'Export the filtered events as JSON lines, with their hashes',
        querystring: AuditFilters,
        response: {
          200:
            format === 'csv'
              ? FileAnswer('text/csv', 'The events as CSV, an attachment')
              : FileAnswer('application/x-ndjson', 'The events as JSON lines, an attachment'),
        },
      },
      handler: async (request, reply) => {
        const actor = request.actor!;
        const timeZone = timeZoneOf(request);
        const batches = await startBatches(
          service.auditEventBatches(ctx, actor, timeZone, request.query),
        );
        const slug = await service.organizationSlugOf(ctx, actor);
        const filename = attachmentFilename(
          slug,
          'audit-events',
          calendarDayInZone(ctx.now(), timeZone),
          format,
        );
        return format === 'csv'
          ? sendAttachment(reply, {
              filename,
              contentType: 'text/csv; charset=utf-8',
              body: csvStream(auditCsvColumns(timeZone, memberTranslator(request)), batches),
            })
          : sendAttachment(reply, {
              filename,
              contentType: 'application/x-ndjson; charset=utf-8',
              body: jsonLinesStream(batches, auditJsonLine),
            });
      },
    });
  exportRoute('csv');
  exportRoute('jsonl');

  app.post('/api/portal/audit-events/verify', {
    config: { access: 'audit.verify' },
    schema: {
      tags: ['portal'],
      summary: 'Check the hash chain: report the first altered or missing event',
      response: { 200: AuditChainVerification },
    },
    handler: async (request) => service.verifyOrganizationChain(ctx, request.actor!),
  });
}
