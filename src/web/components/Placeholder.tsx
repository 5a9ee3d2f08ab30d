import { rem, type MantineRadius, getRadius } from '@mantine/core';
import type { CSSProperties } from 'react';
import classes from './Placeholder.module.css';

interface PlaceholderProps {
  /** Height in px. */
  h: number;
  /** Width in px; the whole width when left out. */
  w?: number;
  radius?: MantineRadius;
}

/**
 * A loading bar that looks like Mantine's Skeleton, as one element: a Skeleton is an element
 * with two pseudo-elements on a layer of its own, and the commit that replaces the Dashboard's
 * placeholders with its figures spent most of its time taking them out of the layout
 * (decision 162).
 */
export function Placeholder({ h, w, radius }: PlaceholderProps) {
  const style = {
    '--placeholder-height': rem(h),
    '--placeholder-width': w === undefined ? undefined : rem(w),
    '--placeholder-radius': radius === undefined ? undefined : getRadius(radius),
  } as CSSProperties;
  return <div className={classes.bar} style={style} />;
}
