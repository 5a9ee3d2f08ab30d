import { ARTIFACT_KINDS } from '../../../common/plain-values';
import { DEFAULT_PAGE_SIZE } from '../../../common/page';
import {
  oneOf,
  pageSize,
  positiveInteger,
  searchParams,
  text,
  type SearchPatch,
} from '../../search-params';

/** The Downloads route's `validateSearch`. */
export const validateDownloadSearch = searchParams({
  product: positiveInteger(),
  kind: oneOf(ARTIFACT_KINDS),
  platform: text,
  size: pageSize,
});
export type DownloadSearch = ReturnType<typeof validateDownloadSearch>;
export type DownloadUrlFilters = SearchPatch<DownloadSearch>;

/** The page's filters: the URL's, or the defaults. */
export function parseDownloadFilters(search: DownloadSearch) {
  return {
    productId: search.product,
    kind: search.kind,
    platform: search.platform,
    size: search.size ?? DEFAULT_PAGE_SIZE,
  };
}
