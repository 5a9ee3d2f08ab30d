import type { ScrollAreaProps } from '@mantine/core';

/**
 * A table's sideways-scrolling frame (on a phone) that keyboard users can focus and scroll
 * with the arrow keys (axe scrollable-region-focusable), named after its table.
 */
export const keyboardScrollable = (label: string): ScrollAreaProps => ({
  viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label },
});
