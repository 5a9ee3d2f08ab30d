import { ARTIFACT_KINDS, type ArtifactKind } from '../../../common/downloads-api';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS } from '../../../common/page';
import type { UrlFilters } from '../../components/use-url-filters';

/** The URL search parameters of the Downloads page. */
export const DOWNLOAD_URL_KEYS = ['product', 'kind', 'platform', 'size'] as const;
export type DownloadUrlFilters = UrlFilters<(typeof DOWNLOAD_URL_KEYS)[number]>;

/** The URL's filters, with anything malformed ignored (a hand-edited link never breaks the page). */
export function parseDownloadFilters(url: DownloadUrlFilters) {
  const productId = Number(url.product);
  const size = Number(url.size);
  return {
    productId: Number.isSafeInteger(productId) && productId > 0 ? productId : undefined,
    kind: ARTIFACT_KINDS.includes(url.kind as ArtifactKind)
      ? (url.kind as ArtifactKind)
      : undefined,
    platform: url.platform || undefined,
    size: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
