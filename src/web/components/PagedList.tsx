import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Page } from '../../common/page';
import { CursorPager } from './CursorPager';
import { ErrorState } from './ErrorState';
import type { useCursorPages } from './use-cursor-pages';
import { NOT_YET, useRenderedLater } from './use-rendered-later';

interface PagedListProps<Item> {
  /** What the list holds, for the pager's name ("Activations pages"). */
  label: string;
  query: UseQueryResult<Page<Item>>;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  onPageSizeChange: (size: number) => void;
  /** Shown with a Retry button when the first page could not be loaded. */
  errorTitle: string;
  /** The list itself; `items` is undefined until the first page arrives. */
  children: (items: Item[] | undefined) => ReactNode;
}

/** A keyset-paginated list: its rows (or why they could not be loaded) above Previous / Next and the page size. */
export function PagedList<Item>({
  label,
  query,
  pages,
  pageSize,
  onPageSizeChange,
  errorTitle,
  children,
}: PagedListProps<Item>) {
  // A new page of rows renders as a transition, in slices (decision 154); until then the list
  // shows what it showed (the loading state at first).
  const shown = useRenderedLater(query.data);
  const data = shown === NOT_YET ? undefined : shown;
  // The pager comes with the first page (or its error), then stays: shown under a list still
  // loading, the rows' arrival pushed it down the screen (a layout shift Lighthouse counts).
  const [firstPageSettled, setFirstPageSettled] = useState(false);
  if (!firstPageSettled && (data !== undefined || query.error)) setFirstPageSettled(true);
  return (
    <>
      {query.error && !data ? (
        <ErrorState
          title={errorTitle}
          error={query.error}
          onRetry={() => query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        children(data?.items)
      )}
      {firstPageSettled && (
        <CursorPager
          label={label}
          pageNumber={pages.pageNumber}
          nextCursor={data?.nextCursor}
          onNext={pages.next}
          onPrevious={pages.previous}
          pageSize={pageSize}
          onPageSizeChange={onPageSizeChange}
        />
      )}
    </>
  );
}
