import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { keysetPage, type KeysetPosition } from '../../db/list-queries.js';

/**
 * The entitlement rule in one place: a release is the organization's to download when it is
 * published and an active (not suspended or revoked) license of its product either never
 * expires or expired after the release was published.
 */
function entitledRelease(organizationId: number, now: string) {
  return (eb: ExpressionBuilder<Database & { r: Database['releases'] }, 'r'>) =>
    eb.and([
      eb('r.published_at', '<=', now),
      eb.exists(
        eb
          .selectFrom('licenses as l')
          .select('l.id')
          .where('l.organization_id', '=', organizationId)
          .whereRef('l.product_id', '=', 'r.product_id')
          .where('l.status', '=', 'active')
          .where((inner) => inner.or([inner('l.expires_at', 'is', null), inner('l.expires_at', '>=', inner.ref('r.published_at'))])),
      ),
    ]);
}

function entitledReleases(db: Db, organizationId: number, now: string) {
  return db
    .selectFrom('releases as r')
    .innerJoin('products as p', 'p.id', 'r.product_id')
    .where(entitledRelease(organizationId, now));
}

export interface ReleaseFilters {
  productId?: number;
  platform?: string;
}

/** Newest first; with a platform, only releases that have a file for it. */
export function listEntitledReleases(db: Db, organizationId: number, now: string, filters: ReleaseFilters, page: { position?: KeysetPosition; limit: number }) {
  const query = entitledReleases(db, organizationId, now)
    .select(['r.id', 'r.product_id', 'p.code as product_code', 'p.name as product_name', 'r.version', 'r.channel', 'r.notes_md', 'r.published_at'])
    .$if(filters.productId !== undefined, (qb) => qb.where('r.product_id', '=', filters.productId!))
    .$if(filters.platform !== undefined, (qb) =>
      qb.where((eb) => eb.exists(eb.selectFrom('artifacts as a').select('a.id').whereRef('a.release_id', '=', 'r.id').where('a.platform', '=', filters.platform!))),
    );
  return keysetPage(query, { sortBy: 'r.published_at', id: 'r.id', direction: 'desc' }, page.position, page.limit).execute();
}

export function listArtifactsOf(db: Db, releaseIds: number[], platform?: string) {
  if (releaseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('artifacts')
    .select(['id', 'release_id', 'file_name', 'platform', 'arch', 'size', 'sha256'])
    .where('release_id', 'in', releaseIds)
    .$if(platform !== undefined, (qb) => qb.where('platform', '=', platform!))
    .orderBy('platform')
    .orderBy('arch')
    .orderBy('id')
    .execute();
}

/** The products with at least one release the organization may download. */
export function listEntitledProducts(db: Db, organizationId: number, now: string) {
  return entitledReleases(db, organizationId, now).select(['p.id', 'p.code', 'p.name']).distinct().orderBy('p.name').execute();
}

export async function listEntitledPlatforms(db: Db, organizationId: number, now: string) {
  const rows = await entitledReleases(db, organizationId, now)
    .innerJoin('artifacts as a', 'a.release_id', 'r.id')
    .select('a.platform')
    .distinct()
    .orderBy('a.platform')
    .execute();
  return rows.map((row) => row.platform);
}

/** The artifact with its release and product, only when the organization may download it. */
export function findEntitledArtifact(db: Db, organizationId: number, now: string, artifactId: number) {
  return entitledReleases(db, organizationId, now)
    .innerJoin('artifacts as a', 'a.release_id', 'r.id')
    .select(['a.id', 'a.file_name', 'a.size', 'a.sha256', 'a.storage_key', 'r.version', 'p.name as product_name'])
    .where('a.id', '=', artifactId)
    .executeTakeFirst();
}

/** A product by id or code, only when the organization may download at least one of its releases. */
export function findEntitledProduct(db: Db, organizationId: number, now: string, idOrCode: string) {
  const id = /^\d{1,15}$/.test(idOrCode) ? Number(idOrCode) : null;
  return entitledReleases(db, organizationId, now)
    .select(['p.id', 'p.code', 'p.name'])
    .where((eb) => (id === null ? eb('p.code', '=', idOrCode) : eb.or([eb('p.id', '=', id), eb('p.code', '=', idOrCode)])))
    .limit(1)
    .executeTakeFirst();
}
