import type { ExpressionBuilder } from 'kysely';
import type { ArtifactKind } from '../../../common/downloads-api.js';
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
          .where((inner) =>
            inner.or([
              inner('l.expires_at', 'is', null),
              inner('l.expires_at', '>=', inner.ref('r.published_at')),
            ]),
          ),
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
  kind?: ArtifactKind;
}

/** The files a filter shows: of the kind, if given; a platform narrows installers only (documentation fits every platform). */
function shownArtifact(filters: { platform?: string; kind?: ArtifactKind }) {
  return (eb: ExpressionBuilder<Database & { a: Database['artifacts'] }, 'a'>) =>
    eb.and([
      ...(filters.kind ? [eb('a.kind', '=', filters.kind)] : []),
      ...(filters.platform
        ? [eb.or([eb('a.kind', '=', 'documentation'), eb('a.platform', '=', filters.platform)])]
        : []),
    ]);
}

/** Newest first; with a platform or kind, only releases that have a file it shows. */
export function listEntitledReleases(
  db: Db,
  organizationId: number,
  now: string,
  filters: ReleaseFilters,
  page: { position?: KeysetPosition; limit: number },
) {
  const query = entitledReleases(db, organizationId, now)
    .select([
      'r.id',
      'r.product_id',
      'p.code as product_code',
      'p.name as product_name',
      'r.version',
      'r.channel',
      'r.notes_md',
      'r.published_at',
    ])
    .$if(filters.productId !== undefined, (qb) => qb.where('r.product_id', '=', filters.productId!))
    .$if(filters.platform !== undefined || filters.kind !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom('artifacts as a')
            .select('a.id')
            .whereRef('a.release_id', '=', 'r.id')
            .where(shownArtifact(filters)),
        ),
      ),
    );
  return keysetPage(
    query,
    { sortBy: 'r.published_at', id: 'r.id', direction: 'desc' },
    page.position,
    page.limit,
  ).execute();
}

export function listArtifactsOf(
  db: Db,
  releaseIds: number[],
  filters: { platform?: string; kind?: ArtifactKind },
) {
  if (releaseIds.length === 0) return Promise.resolve([]);
  return (
    db
      .selectFrom('artifacts as a')
      .select([
        'a.id',
        'a.release_id',
        'a.file_name',
        'a.kind',
        'a.platform',
        'a.arch',
        'a.size',
        'a.sha256',
      ])
      .where('a.release_id', 'in', releaseIds)
      .where(shownArtifact(filters))
      // Installers before documentation ('installer' > 'documentation').
      .orderBy('a.kind', 'desc')
      .orderBy('a.platform')
      .orderBy('a.arch')
      .orderBy('a.id')
      .execute()
  );
}

/** The products with at least one release the organization may download. */
export function listEntitledProducts(db: Db, organizationId: number, now: string) {
  return entitledReleases(db, organizationId, now)
    .select(['p.id', 'p.code', 'p.name'])
    .distinct()
    .orderBy('p.name')
    .execute();
}

export async function listEntitledPlatforms(db: Db, organizationId: number, now: string) {
  const rows = await entitledReleases(db, organizationId, now)
    .innerJoin('artifacts as a', 'a.release_id', 'r.id')
    .select('a.platform')
    .where('a.kind', '=', 'installer')
    .distinct()
    .orderBy('a.platform')
    .execute();
  return rows.map((row) => row.platform);
}

/** The kinds of file the organization may download, in ARTIFACT_KINDS order. */
export async function listEntitledKinds(db: Db, organizationId: number, now: string) {
  const rows = await entitledReleases(db, organizationId, now)
    .innerJoin('artifacts as a', 'a.release_id', 'r.id')
    .select('a.kind')
    .distinct()
    .execute();
  return rows.map((row) => row.kind);
}

/** The artifact with its release and product, only when the organization may download it. */
export function findEntitledArtifact(
  db: Db,
  organizationId: number,
  now: string,
  artifactId: number,
) {
  return entitledReleases(db, organizationId, now)
    .innerJoin('artifacts as a', 'a.release_id', 'r.id')
    .select([
      'a.id',
      'a.file_name',
      'a.size',
      'a.sha256',
      'a.storage_key',
      'r.version',
      'p.name as product_name',
    ])
    .where('a.id', '=', artifactId)
    .executeTakeFirst();
}

/** A product by id or code, only when the organization may download at least one of its releases. */
export function findEntitledProduct(db: Db, organizationId: number, now: string, idOrCode: string) {
  const id = /^\d{1,15}$/.test(idOrCode) ? Number(idOrCode) : null;
  return entitledReleases(db, organizationId, now)
    .select(['p.id', 'p.code', 'p.name'])
    .where((eb) =>
      id === null
        ? eb('p.code', '=', idOrCode)
        : eb.or([eb('p.id', '=', id), eb('p.code', '=', idOrCode)]),
    )
    .limit(1)
    .executeTakeFirst();
}
