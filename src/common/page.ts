/** One page of a keyset-paginated list; `nextCursor` is opaque and null on the last page. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

export const PAGE_SIZE_OPTIONS = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 'asc' | 'desc';
