import { useState } from 'react';

/**
 * The cursors of a keyset-paginated list: the current page's and those before it, for
 * Previous. Any change of `filtersKey` (filters, sort, page size) starts again at page 1.
 */
export function useCursorPages(filtersKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({
    key: filtersKey,
    cursors: [],
  });
  const cursors = state.key === filtersKey ? state.cursors : [];
  return {
    cursor: cursors.at(-1),
    pageNumber: cursors.length + 1,
    next: (cursor: string) => setState({ key: filtersKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: filtersKey, cursors: cursors.slice(0, -1) }),
  };
}
