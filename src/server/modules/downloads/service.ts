import {
  ARTIFACT_KINDS,
  type ChangelogEntry,
  type DownloadFilterOptions,
  type DownloadReleaseItem,
  type SignedDownloadLink,
} from '../../../common/downloads-api.js';
import type { Page } from '../../../common/page.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../authz/policy.js';
import type { AppContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError, notFound } from '../../errors.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { verifyDownloadLink, signDownloadLink, type LinkClaims } from './link-signing.js';
import { renderMarkdown } from './markdown.js';
import * as queries from './queries.js';

type ReleaseRow = Awaited<ReturnType<typeof queries.listEntitledReleases>>[number];
const releasePosition = (row: ReleaseRow) => ({ sortValue: row.published_at, id: row.id });

export async function downloadFilterOptions(
  ctx: AppContext,
  actor: Actor,
): Promise<DownloadFilterOptions> {
  const now = ctx.now().toISOString();
  const [products, platforms, kinds] = await Promise.all([
    queries.listEntitledProducts(ctx.db, actor.organizationId, now),
    queries.listEntitledPlatforms(ctx.db, actor.organizationId, now),
    queries.listEntitledKinds(ctx.db, actor.organizationId, now),
  ]);
  return { products, platforms, kinds: ARTIFACT_KINDS.filter((kind) => kinds.includes(kind)) };
}

export async function listDownloads(
  ctx: AppContext,
  actor: Actor,
  query: queries.ReleaseFilters & { cursor?: string; limit: number },
): Promise<Page<DownloadReleaseItem>> {
  const rows = await queries.listEntitledReleases(
    ctx.db,
    actor.organizationId,
    ctx.now().toISOString(),
    query,
    { position: decodeCursor(query.cursor), limit: query.limit },
  );
  const page = toPage(rows, query.limit, releasePosition, (row) => row);
  const artifacts = await queries.listArtifactsOf(
    ctx.db,
    page.items.map((row) => row.id),
    query,
  );
  const items = page.items.map((row) => ({
    id: row.id,
    productId: row.product_id,
    productCode: row.product_code,
    productName: row.product_name,
    version: row.version,
    channel: row.channel,
    publishedAt: row.published_at,
    artifacts: artifacts
      .filter((artifact) => artifact.release_id === row.id)
      .map((artifact) => ({
        id: artifact.id,
        fileName: artifact.file_name,
        kind: artifact.kind,
        platform: artifact.platform,
        arch: artifact.arch,
        size: Number(artifact.size),
        sha256: artifact.sha256,
      })),
  }));
  return { items, nextCursor: page.nextCursor };
}

async function loadEntitledArtifact(ctx: AppContext, organizationId: number, artifactId: number) {
  return queries.findEntitledArtifact(ctx.db, organizationId, ctx.now().toISOString(), artifactId);
}

/** A link valid for config.downloadLinkMinutes; an artifact the organization may not download is 404. */
export async function createDownloadLink(
  ctx: AppContext,
  actor: Actor,
  artifactId: number,
): Promise<SignedDownloadLink> {
  if (!(await loadEntitledArtifact(ctx, actor.organizationId, artifactId))) throw notFound('file');
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.downloadLinkMinutes * 60_000);
  const claims = {
    artifactId,
    organizationId: actor.organizationId,
    expires: Math.floor(expiresAt.getTime() / 1000),
  };
  return {
    url: signDownloadLink(ctx.secrets.downloadSigning, claims),
    expiresAt: new Date(claims.expires * 1000).toISOString(),
  };
}

/** Checks the link and, again, the entitlement (a license may have been suspended since the link was made). */
export async function openDownload(
  ctx: AppContext,
  actor: Actor,
  claims: LinkClaims,
  signature: string,
) {
  verifyDownloadLink(
    ctx.secrets.downloadSigning,
    claims,
    signature,
    ctx.now(),
    actor.organizationId,
  );
  const artifact = await loadEntitledArtifact(ctx, actor.organizationId, claims.artifactId);
  if (!artifact)
    throw new DomainError(
      'forbidden',
      'download_not_entitled',
      'Your organization no longer holds a license that includes this file.',
    );
  return { ...artifact, size: Number(artifact.size) };
}

export type OpenedDownload = Awaited<ReturnType<typeof openDownload>>;

export async function recordDownload(
  ctx: AppContext,
  actor: Actor,
  artifact: OpenedDownload,
  ip: string,
) {
  await inTransaction(ctx.db, (trx) =>
    recordAudit(trx, {
      organizationId: actor.organizationId,
      type: 'downloads',
      action: 'artifact.downloaded',
      message: `${actor.label} downloaded ${artifact.file_name} (${artifact.product_name} ${artifact.version})`,
      actor: { userId: actor.userId, label: actor.label },
      ip,
      target: { type: 'artifact', id: artifact.id },
      metadata: { fileName: artifact.file_name, size: artifact.size, sha256: artifact.sha256 },
      at: ctx.now(),
    }),
  );
}

export async function productChangelog(
  ctx: AppContext,
  actor: Actor,
  product: string,
  page: { cursor?: string; limit: number },
) {
  const now = ctx.now().toISOString();
  const found = await queries.findEntitledProduct(ctx.db, actor.organizationId, now, product);
  if (!found) throw notFound('product');
  const rows = await queries.listEntitledReleases(
    ctx.db,
    actor.organizationId,
    now,
    { productId: found.id },
    { position: decodeCursor(page.cursor), limit: page.limit },
  );
  const releases = toPage(rows, page.limit, releasePosition, (row): ChangelogEntry => ({
    id: row.id,
    version: row.version,
    channel: row.channel,
    publishedAt: row.published_at,
    notesHtml: renderMarkdown(row.notes_md, ctx.config.releaseNotesImageOrigins),
  }));
  return { product: found, releases };
}
