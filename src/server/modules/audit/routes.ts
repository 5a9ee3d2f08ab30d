import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AUDIT_TYPES } from '../../../common/audit-api.js';
import { calendarDayInZone } from '../../../common/format/day-range.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { attachmentFilename, sendAttachment } from '../../http/attachment.js';
import { csvStream } from '../../http/csv-export.js';
import { jsonLinesStream } from '../../http/jsonl-export.js';
import { startBatches } from '../../http/pagination.js';
import { DateRangeQuery, listQuerySchema, SearchQuery, sortQuery } from '../../http/list-query.js';
import { PlainText, RecordId } from '../../http/input-schemas.js';
import { memberTranslator } from '../../i18n/member-translator.js';
import { auditCsvColumns, auditJsonLine } from './export-formats.js';
import * as service from './service.js';

const AuditFilters = {
  ...DateRangeQuery,
  ...SearchQuery,
  type: Type.Optional(Type.Union(AUDIT_TYPES.map((type) => Type.Literal(type)))),
  userId: Type.Optional(RecordId('Only events by this user')),
  actor: Type.Optional(
    PlainText({
      maxLength: 200,
      description: 'Only events by this actor that is not a member, e.g. "Software"',
    }),
  ),
  ...sortQuery(['occurredAt'], { sort: 'occurredAt', direction: 'desc' }),
};
const AuditListQuery = listQuerySchema(AuditFilters);
const AuditExportQuery = Type.Object(AuditFilters, { additionalProperties: false });

const timeZoneOf = (request: FastifyRequest) => request.auth!.user.preferences.timezone;

export async function auditRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/audit-events', {
    config: { access: 'audit.view' },
    schema: {
      tags: ['portal'],
      summary: 'The Audit & Event Log, filtered, newest first, one page at a time',
      querystring: AuditListQuery,
    },
    handler: async (request) =>
      service.listAuditEvents(ctx, request.actor!, timeZoneOf(request), {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.get('/api/portal/audit-events/users', {
    config: { access: 'audit.view' },
    schema: {
      tags: ['portal'],
      summary:
        'The members and the other actors (software, vendor) who appear in the log, for the user filter',
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
        querystring: AuditExportQuery,
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
    },
    handler: async (request) => service.verifyOrganizationChain(ctx, request.actor!),
  });
}
