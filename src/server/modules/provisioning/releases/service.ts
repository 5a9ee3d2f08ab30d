import type { AppContext } from '../../../context.js';
import type { Db } from '../../../db/database.js';
import type { Row } from '../../../db/schema.js';
import { badRequest, notFound } from '../../../errors.js';
import { toPage } from '../../../http/pagination.js';
import { pageRequest } from '../common-schemas.js';
import { failOnDuplicate } from '../conflict.js';
import { findProductsByCode } from '../products/queries.js';
import * as queries from './queries.js';

export interface ReleaseChanges {
  channel?: string;
  notes?: string;
  publishedAt?: string;
}

type ReleaseRow = NonNullable<Awaited<ReturnType<typeof queries.findRelease>>>;

export const presentArtifact = (row: Row<'artifacts'>) => ({
  id: row.id,
  releaseId: row.release_id,
  fileName: row.file_name,
  kind: row.kind,
  platform: row.platform,
  arch: row.arch,
  size: Number(row.size),
  sha256: row.sha256,
  createdAt: row.created_at,
});

const presentRelease = (row: ReleaseRow) => ({
  id: row.id,
  productId: row.product_id,
  productCode: row.product_code,
  version: row.version,
  channel: row.channel,
  notes: row.notes_md,
  publishedAt: row.published_at,
});

export async function loadRelease(db: Db, id: number): Promise<ReleaseRow> {
  const row = await queries.findRelease(db, id);
  if (!row) throw notFound('release');
  return row;
}

async function productIdOf(db: Db, code: string, field: string): Promise<number> {
  const [product] = await findProductsByCode(db, [code]);
  if (!product)
    throw badRequest('The product does not exist.', { [field]: 'no product has this code' });
  return product.id;
}

const isoOrUndefined = (instant: string | undefined) =>
  instant === undefined ? undefined : new Date(instant).toISOString();

/** Releases are vendor-wide: no organization's audit log records them. */
export async function createRelease(
  ctx: AppContext,
  input: ReleaseChanges & { productCode: string; version: string },
) {
  const productId = await productIdOf(ctx.db, input.productCode, 'productCode');
  const row = await failOnDuplicate(
    'version',
    'The product already has a release of this version.',
    () =>
      queries.insertRelease(ctx.db, {
        product_id: productId,
        version: input.version,
        channel: input.channel ?? 'stable',
        notes_md: input.notes ?? '',
        published_at: isoOrUndefined(input.publishedAt) ?? ctx.now().toISOString(),
      }),
  );
  return getRelease(ctx, row.id);
}

export async function getRelease(ctx: AppContext, id: number) {
  const release = await loadRelease(ctx.db, id);
  return {
    ...presentRelease(release),
    artifacts: (await queries.listArtifacts(ctx.db, id)).map(presentArtifact),
  };
}

export async function listReleases(
  ctx: AppContext,
  query: { productCode?: string; cursor?: string; limit?: number },
) {
  const page = pageRequest(query);
  const productId =
    query.productCode === undefined
      ? undefined
      : await productIdOf(ctx.db, query.productCode, 'productCode');
  const rows = await queries.listReleases(ctx.db, { productId }, page);
  return toPage(
    rows,
    page.limit,
    (row) => ({ sortValue: row.published_at, id: row.id }),
    presentRelease,
  );
}

export async function updateRelease(ctx: AppContext, id: number, changes: ReleaseChanges) {
  await loadRelease(ctx.db, id);
  await queries.updateRelease(ctx.db, id, {
    channel: changes.channel,
    notes_md: changes.notes,
    published_at: isoOrUndefined(changes.publishedAt),
  });
  return getRelease(ctx, id);
}
