import { ACTIVATION_SORT_COLUMNS } from '../../../common/plain-values';
import { DEFAULT_PAGE_SIZE, type SortDirection } from '../../../common/page';
import {
  day,
  oneOf,
  pageSize,
  positiveInteger,
  searchParams,
  text,
  type SearchPatch,
} from '../../search-params';

/** The Activations route's `validateSearch`. */
export const validateActivationSearch = searchParams({
  from: day,
  to: day,
  productId: positiveInteger(),
  q: text,
  sort: oneOf(ACTIVATION_SORT_COLUMNS),
  direction: oneOf<SortDirection>(['asc', 'desc']),
  size: pageSize,
});
export type ActivationSearch = ReturnType<typeof validateActivationSearch>;
export type ActivationUrlFilters = SearchPatch<ActivationSearch>;

/** The list's filters: the URL's, or the defaults the server also applies. */
export function parseActivationFilters(search: ActivationSearch) {
  return {
    from: search.from,
    to: search.to,
    productId: search.productId,
    q: search.q,
    sort: search.sort ?? 'activatedAt',
    direction: search.direction ?? 'desc',
    size: search.size ?? DEFAULT_PAGE_SIZE,
  };
}
