import type { ScrollAreaProps } from '@mantine/core';

/**
 * A table's sideways-scrolling frame (on a phone) that keyboard users can focus and scroll
 * with the arrow keys (axe scrollable-region-focusable), named after its table.
 */
export const keyboardScrollableFrame = (label: string) => ({
  tabIndex: 0,
  role: 'region',
  'aria-label': label,
});

/** The same for a Mantine scroll area, whose viewport is the frame. */
export const keyboardScrollable = (label: string): ScrollAreaProps => ({
  viewportProps: keyboardScrollableFrame(label),
});
