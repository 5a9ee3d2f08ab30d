export type ThemePreference = 'light' | 'dark' | 'system';
export type DateDisplay = 'absolute' | 'relative';
export type TableDensity = 'comfortable' | 'compact';

export interface Preferences {
  timezone: string;
  theme: ThemePreference;
  dateDisplay: DateDisplay;
  density: TableDensity;
  /** Visible columns per table id, chosen with a Columns menu. */
  columns: Record<string, string[]>;
}

export const DEFAULT_PREFERENCES: Preferences = {
  timezone: 'UTC',
  theme: 'system',
  dateDisplay: 'absolute',
  density: 'comfortable',
  columns: {},
};

export function parsePreferences(json: string | null | undefined): Preferences {
  try {
    return { ...DEFAULT_PREFERENCES, ...(JSON.parse(json || '{}') as Partial<Preferences>) };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}
