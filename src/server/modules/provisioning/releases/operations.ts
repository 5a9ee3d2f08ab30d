import { Type } from 'typebox';
import { ArtifactKindSchema } from '../../../../common/downloads-api.js';
import {
  VendorArtifact,
  VendorReleasePage,
  VendorReleaseWithArtifacts,
} from '../../../../common/vendor-api.js';
import { PageQuery } from '../../../http/pagination.js';
import { text } from '../../../http/schema-helpers.js';
import { IdParams, Instant } from '../common-schemas.js';
import { defineOperation } from '../operation.js';
import { createRelease, getRelease, listReleases, updateRelease } from './service.js';
import { MAX_ARTIFACT_BYTES, uploadArtifact } from './upload-artifact.js';

const ProductCode = text('The product’s code, e.g. ATLAS-CAD.', 40);
const ReleaseFields = {
  channel: Type.Optional(
    Type.String({ pattern: '^[a-z0-9-]{1,32}$', description: 'stable (default), beta, lts…' }),
  ),
  notes: Type.Optional(
    Type.String({ maxLength: 100_000, description: 'The changelog, in Markdown.' }),
  ),
  publishedAt: Type.Optional(Instant('When the release is published (default now)')),
};

export const releaseOperations = [
  defineOperation({
    command: 'release create',
    summary: 'Create a release of a product, with its changelog',
    route: { method: 'POST', url: '/releases', status: 201 },
    body: Type.Object({
      productCode: ProductCode,
      version: text('The version, e.g. 2026.2.1; one release per version.', 64),
      ...ReleaseFields,
    }),
    response: VendorReleaseWithArtifacts,
    run: (ctx, { body }) => createRelease(ctx, body),
  }),
  defineOperation({
    command: 'release list',
    summary: 'List releases, oldest first, optionally of one product',
    route: { method: 'GET', url: '/releases' },
    query: Type.Object({ productCode: Type.Optional(ProductCode), ...PageQuery }),
    response: VendorReleasePage,
    run: (ctx, { query }) => listReleases(ctx, query),
  }),
  defineOperation({
    command: 'release get',
    summary: 'Read a release with its artifacts',
    route: { method: 'GET', url: '/releases/:id' },
    params: IdParams,
    response: VendorReleaseWithArtifacts,
    run: (ctx, { params }) => getRelease(ctx, params.id),
  }),
  defineOperation({
    command: 'release update',
    summary: 'Change a release’s channel, changelog or publication time',
    route: { method: 'PATCH', url: '/releases/:id' },
    params: IdParams,
    body: Type.Object(ReleaseFields, { minProperties: 1 }),
    response: VendorReleaseWithArtifacts,
    run: (ctx, { params, body }) => updateRelease(ctx, params.id, body),
  }),
  defineOperation({
    command: 'artifact upload',
    summary: `Upload a release file (body: application/octet-stream, at most ${MAX_ARTIFACT_BYTES / 1024 ** 3} GiB); its size and SHA-256 are recorded`,
    route: { method: 'POST', url: '/releases/:id/artifacts', status: 201 },
    params: IdParams,
    query: Type.Object({
      fileName: Type.String({
        pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$',
        description:
          'The file’s name, e.g. atlas-2026.2.1-win-x64.msi (on the CLI: default the --file name).',
      }),
      kind: Type.Optional(
        ArtifactKindSchema(
          'installer (default) or documentation: release notes, manuals (e.g. a PDF)',
        ),
      ),
      platform: Type.Optional(
        text(
          'windows, macos, linux…; required for installers, "any" by default for documentation',
          40,
        ),
      ),
      arch: Type.Optional(
        text(
          'x64, arm64, universal…; required for installers, "any" by default for documentation',
          40,
        ),
      ),
      sha256: Type.Optional(
        Type.String({
          pattern: '^[A-Fa-f0-9]{64}$',
          description: 'The expected SHA-256 (hex); refused when the file does not match.',
        }),
      ),
    }),
    upload: true,
    response: VendorArtifact,
    run: (ctx, { params, query, file }) => uploadArtifact(ctx, params.id, query, file!),
  }),
];
