import { useCallback, useState } from 'react';

/**
 * False until the element first comes within `margin` (above and below) of the window, then
 * true for good. Inside a scrolling panel it counts from the panel's visible part, without the
 * margin. For heavy parts below the fold (the usage charts, decision 151): a phone neither
 * downloads nor renders them while the page loads, only when the reader gets near them.
 */
export function useNearViewport<T extends Element>(
  margin = '200px',
): [ref: (element: T | null) => (() => void) | undefined, near: boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer.disconnect();
            setNear(true);
          }
        },
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [margin, near],
  );
  return [ref, near];
}
