export type ThemePreference = 'light' | 'dark' | 'system';
export type DateDisplay = 'absolute' | 'relative';
export type TableDensity = 'comfortable' | 'compact';
/** The languages the portal and its mails are translated into. */
export const LANGUAGES = ['en', 'de', 'fr', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
/** 'browser' follows the browser's language (the server keeps the last one seen, for mails). */
export type LanguagePreference = Language | 'browser';

/** What a member can be notified about; each topic is toggled per channel. */
export const NOTIFICATION_TOPICS = [
  'licenseExpiring30',
  'licenseExpiring15',
  'licenseExpiring0',
  'seatsOver90',
  'heartbeatLost',
  'newRelease',
  'newSignIn',
  'passwordChanged',
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];
export interface NotificationChannels {
  email: boolean;
  inPortal: boolean;
}
export type NotificationPreferences = Record<NotificationTopic, NotificationChannels>;

export interface Preferences {
  timezone: string;
  language: LanguagePreference;
  theme: ThemePreference;
  dateDisplay: DateDisplay;
  density: TableDensity;
  /** Visible columns per table id, chosen with a Columns menu. */
  columns: Record<string, string[]>;
  notifications: NotificationPreferences;
  /** The language the browser last asked for (Accept-Language at sign-in), for mails when `language` is 'browser'. */
  browserLanguage?: Language;
}

export const DEFAULT_PREFERENCES: Preferences = {
  timezone: 'UTC',
  language: 'browser',
  theme: 'system',
  dateDisplay: 'absolute',
  density: 'comfortable',
  columns: {},
  notifications: Object.fromEntries(
    NOTIFICATION_TOPICS.map((topic) => [topic, { email: true, inPortal: true }]),
  ) as NotificationPreferences,
};

export function parsePreferences(json: string | null | undefined): Preferences {
  try {
    const stored = JSON.parse(json || '{}') as Partial<Preferences>;
    return {
      ...DEFAULT_PREFERENCES,
      ...stored,
      notifications: mergeNotifications(stored.notifications),
    };
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
}

/** Stored topics over the defaults, so a topic added later starts switched on. */
function mergeNotifications(
  stored: Partial<NotificationPreferences> | undefined,
): NotificationPreferences {
  const merged = { ...DEFAULT_PREFERENCES.notifications };
  for (const topic of NOTIFICATION_TOPICS) merged[topic] = { ...merged[topic], ...stored?.[topic] };
  return merged;
}
