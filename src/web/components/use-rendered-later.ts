import { useDeferredValue } from 'react';

/** What `useRenderedLater` gives in the first render, before the value itself. */
export const NOT_YET = Symbol('not yet');

/**
 * `value`, except in the component's first render and whenever it has just changed: then the
 * previous one (`NOT_YET` at first), while React renders with the new one as a transition,
 * in slices of a few milliseconds between which the browser can paint and answer input.
 * Query data and the router's state arrive through `useSyncExternalStore`, whose updates React
 * renders in one task however long; a page of rows rendered so blocked a phone for 0.1–0.3 s
 * (decision 154).
 */
export function useRenderedLater<Value>(value: Value): Value | typeof NOT_YET {
  return useDeferredValue<Value | typeof NOT_YET>(value, NOT_YET);
}
