import { useEffect, useState } from 'react';

/**
 * False until the browser has painted once since the component mounted. For a Mantine part
 * that measures the page as it mounts (SegmentedControl's indicator): mounted with the page,
 * it forced the style and layout of the whole page being inserted inside that one render
 * (decision 146); a frame later only its own few elements are new.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    // The frame's callback runs before it paints; the timeout after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}

/**
 * False until `ready` has been true through a painted frame and the browser is next idle; then
 * true for good. For a part that measures the page whenever it mounts or resizes, with nothing
 * to show before the member points at it (a table's hover scrollbars): mounted meanwhile, it
 * measured a page that later commits kept changing, each time a forced style and layout of
 * the whole page (decision 162).
 */
export function useWhenSettled(ready: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready || settled) return;
    let idle: number | undefined;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(() => setSettled(true), { timeout: 2000 });
      else timer = window.setTimeout(() => setSettled(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [ready, settled]);
  return settled;
}
