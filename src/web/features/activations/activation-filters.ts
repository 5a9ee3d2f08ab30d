import {
  ACTIVATION_SORT_COLUMNS,
  type ActivationSortColumn,
} from '../../../common/activations-api';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS, type SortDirection } from '../../../common/page';
import type { UrlFilters } from '../../components/use-url-filters';

export const ACTIVATION_URL_KEYS = [
  'from',
  'to',
  'productId',
  'q',
  'sort',
  'direction',
  'size',
] as const;
export type ActivationUrlFilters = UrlFilters<(typeof ACTIVATION_URL_KEYS)[number]>;

const isDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/** The URL's filters, with anything malformed ignored (a hand-edited link never breaks the page). */
export function parseActivationFilters(url: ActivationUrlFilters) {
  const productId = Number(url.productId);
  const size = Number(url.size);
  return {
    from: isDay(url.from),
    to: isDay(url.to),
    productId: Number.isInteger(productId) && productId > 0 ? productId : undefined,
    q: url.q,
    sort: ACTIVATION_SORT_COLUMNS.includes(url.sort as ActivationSortColumn)
      ? (url.sort as ActivationSortColumn)
      : 'activatedAt',
    direction: (url.direction === 'asc' ? 'asc' : 'desc') as SortDirection,
    size: (PAGE_SIZE_OPTIONS as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}
