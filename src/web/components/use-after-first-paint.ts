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
