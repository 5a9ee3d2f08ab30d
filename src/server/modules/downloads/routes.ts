import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  DownloadFilterOptions,
  DownloadReleasePage,
  DownloadReleaseQuery,
  ProductChangelog,
  SignedDownloadLink,
} from '../../../common/downloads-api.js';
import { FileAnswer } from '../../../common/schema-kit.js';
import { DEFAULT_PAGE_SIZE } from '../../../common/page.js';
import type { AppContext } from '../../context.js';
import { PageQuery } from '../../http/pagination.js';
import { text } from '../../http/schema-helpers.js';
import { sendArtifact } from './send-artifact.js';
import * as service from './service.js';

const ArtifactParams = Type.Object({ artifactId: Type.Integer({ minimum: 1 }) });
const SignedLinkQuery = Type.Object({
  org: Type.Integer({ minimum: 1, description: 'The organization the link was issued to' }),
  expires: Type.Integer({
    minimum: 0,
    description: 'Unix seconds after which the link is refused',
  }),
  signature: Type.String({ maxLength: 100 }),
});

export async function downloadRoutes(server: FastifyInstance, ctx: AppContext) {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/portal/downloads/filters', {
    config: { access: 'downloads.view' },
    schema: {
      tags: ['portal'],
      summary: 'The entitled products and their platforms, for the Downloads filters',
      response: { 200: DownloadFilterOptions },
    },
    handler: async (request) => service.downloadFilterOptions(ctx, request.actor!),
  });

  app.get('/api/portal/downloads/releases', {
    config: { access: 'downloads.view' },
    schema: {
      tags: ['portal'],
      summary: 'The releases the organization may download, newest first, with their files',
      querystring: DownloadReleaseQuery,
      response: { 200: DownloadReleasePage },
    },
    handler: async (request) =>
      service.listDownloads(ctx, request.actor!, {
        ...request.query,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });

  app.post('/api/portal/downloads/artifacts/:artifactId/link', {
    config: { access: 'downloads.view' },
    schema: {
      tags: ['portal'],
      summary: 'A signed link to one file, valid for DOWNLOAD_LINK_MINUTES',
      params: ArtifactParams,
      response: { 200: SignedDownloadLink },
    },
    handler: async (request) =>
      service.createDownloadLink(ctx, request.actor!, request.params.artifactId),
  });

  // A plain GET the browser navigates to (no CSRF header): the signature is the proof the portal issued it.
  app.get('/api/portal/downloads/artifacts/:artifactId/file', {
    config: { access: 'downloads.view' },
    schema: {
      tags: ['portal'],
      summary: 'Download a file through its signed link (supports Range)',
      params: ArtifactParams,
      querystring: SignedLinkQuery,
      response: {
        200: FileAnswer('application/octet-stream', 'The file'),
        206: FileAnswer('application/octet-stream', 'The requested byte range of the file'),
      },
    },
    handler: async (request, reply) => {
      const actor = request.actor!;
      const { org, expires, signature } = request.query;
      const artifact = await service.openDownload(
        ctx,
        actor,
        { artifactId: request.params.artifactId, organizationId: org, expires },
        signature,
      );
      return sendArtifact(ctx, reply, artifact, request.headers.range, () =>
        service.recordDownload(ctx, actor, artifact, request.ip),
      );
    },
  });

  app.get('/api/portal/downloads/changelog/:product', {
    config: { access: 'downloads.view' },
    schema: {
      tags: ['portal'],
      summary:
        'A product’s changelog: the notes of every release the organization may download, newest first',
      params: Type.Object({ product: text('The product’s id or code', 40) }),
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: ProductChangelog },
    },
    handler: async (request) =>
      service.productChangelog(ctx, request.actor!, request.params.product, {
        cursor: request.query.cursor,
        limit: request.query.limit ?? DEFAULT_PAGE_SIZE,
      }),
  });
}
