import { useLocalStorage } from '@mantine/hooks';

type ColorScheme = 'light' | 'dark';

/**
 * The light/dark choice made with the header toggle, kept in this browser. Until the
 * member toggles, their account preference (or the operating system's) applies.
 */
export function useColorSchemeChoice() {
  return useLocalStorage<ColorScheme | null>({
    key: 'portal.color-scheme',
    defaultValue: null,
    getInitialValueInEffect: false,
    deserialize: (value) =>
      value === '"light"' || value === '"dark"' ? (JSON.parse(value) as ColorScheme) : null,
  });
}
