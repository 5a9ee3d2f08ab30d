import {
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

// The overrides below are plain objects, not `Combobox.extend(…)`: naming a component here
// put its code (and floating-ui's, for Combobox) in the app's first script.

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons above 4.5:1 in both schemes.
  primaryShade: 7,
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: {
    // A badge clips its label, so a table squeezing its column cut "Active" to "A…": a badge is
    // never narrower than its label (the table scrolls sideways in its frame instead).
    Badge: { styles: { root: { minWidth: 'max-content' } } },
    // A closed select's options are not rendered: Mantine kept them mounted (hidden) and
    // positioned each list at mount, a forced style and layout of the whole page per select
    // in the render that inserts it (decision 146).
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

/** The theme with the names it gives controls, in the member's language. */
export function localizedTheme(dismissNotification: string): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: {
      // The close button of a notification is an icon alone: it needs a name for screen readers.
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': dismissNotification } },
      },
    },
  });
}

/** Mantine's default dimmed and error colours fall short of WCAG AA (4.5:1) on the page backgrounds. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {
    '--mantine-color-dimmed': '#a0a0a0',
    // Red 8 on a dark dropdown is 3:1; red 4 is above 5:1.
    '--mantine-color-error': 'var(--mantine-color-red-4)',
  },
});
