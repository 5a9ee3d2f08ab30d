import type { AppContext } from '../../src/server/context.js';
import { signDownloadLink } from '../../src/server/modules/downloads/link-signing.js';

/** The id of the first file of a seeded release (`ATLAS-CAD`, `2026.2.0`). */
export async function artifactIdOf(
  ctx: AppContext,
  productCode: string,
  version: string,
): Promise<number> {
  const row = await ctx.db
    .selectFrom('artifacts')
    .innerJoin('releases', 'releases.id', 'artifacts.release_id')
    .innerJoin('products', 'products.id', 'releases.product_id')
    .select('artifacts.id')
    .where('products.code', '=', productCode)
    .where('releases.version', '=', version)
    .orderBy('artifacts.id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A download link signed as the portal signs it, with any claims a test wants. */
export function signedLink(
  ctx: AppContext,
  claims: { artifactId: number; organizationId: number; expiresAt?: Date },
): string {
  const expiresAt = claims.expiresAt ?? new Date(ctx.now().getTime() + 10 * 60_000);
  return signDownloadLink(ctx.secrets.downloadSigning, {
    ...claims,
    expires: Math.floor(expiresAt.getTime() / 1000),
  });
}

/** Northwind records the download routes name: BEACON-CLOUD is Northwind's, not Globex's. */
export async function downloadRouteIds(ctx: AppContext, organizationId: number) {
  const artifactId = await artifactIdOf(ctx, 'BEACON-CLOUD', '4.2.0');
  return {
    downloadArtifactId: artifactId,
    downloadProductCode: 'BEACON-CLOUD',
    signedDownloadUrl: signedLink(ctx, { artifactId, organizationId }),
  };
}
