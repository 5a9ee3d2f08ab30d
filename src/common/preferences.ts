import { Type, type Static } from 'typebox';
import { StringEnum } from './schema-kit.js';
import { LANGUAGES } from './plain-values.js';
export { LANGUAGES } from './plain-values.js';

export const THEME_PREFERENCES = ['light', 'dark', 'system'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export const DATE_DISPLAYS = ['absolute', 'relative'] as const;
export type DateDisplay = (typeof DATE_DISPLAYS)[number];
export const TABLE_DENSITIES = ['comfortable', 'compact'] as const;
export type TableDensity = (typeof TABLE_DENSITIES)[number];
export type Language = (typeof LANGUAGES)[number];
/** 'browser' follows the browser's language (the server keeps the last one seen, for mails). */
export const LANGUAGE_PREFERENCES = [...LANGUAGES, 'browser'] as const;
export type LanguagePreference = (typeof LANGUAGE_PREFERENCES)[number];

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

export const NotificationChannels = Type.Object({
  email: Type.Boolean(),
  inPortal: Type.Boolean(),
});
export type NotificationChannels = Static<typeof NotificationChannels>;

export const NotificationPreferences = Type.Record(
  Type.Enum(NOTIFICATION_TOPICS),
  NotificationChannels,
);
export type NotificationPreferences = Static<typeof NotificationPreferences>;

/** A member's settings, as GET /session and PATCH /account/preferences answer them. */
export const Preferences = Type.Object({
  timezone: Type.String({ examples: ['Europe/Berlin'] }),
  language: StringEnum(LANGUAGE_PREFERENCES),
  theme: StringEnum(THEME_PREFERENCES),
  dateDisplay: StringEnum(DATE_DISPLAYS),
  density: StringEnum(TABLE_DENSITIES),
  columns: Type.Record(Type.String(), Type.Array(Type.String()), {
    description: 'Visible columns per table id, chosen with a Columns menu.',
  }),
  notifications: NotificationPreferences,
  browserLanguage: Type.Optional(
    StringEnum(LANGUAGES, {
      description:
        "The language the browser last asked for (Accept-Language at sign-in), for mails when `language` is 'browser'.",
    }),
  ),
});
export type Preferences = Static<typeof Preferences>;

const strict = { additionalProperties: false };
const ChannelsChange = Type.Object(
  { email: Type.Optional(Type.Boolean()), inPortal: Type.Optional(Type.Boolean()) },
  strict,
);

/** PATCH /account/preferences: the settings to change, each optional. */
export const PreferencesChange = Type.Object(
  {
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    language: Type.Optional(StringEnum(LANGUAGE_PREFERENCES)),
    theme: Type.Optional(StringEnum(THEME_PREFERENCES)),
    dateDisplay: Type.Optional(StringEnum(DATE_DISPLAYS)),
    density: Type.Optional(StringEnum(TABLE_DENSITIES)),
    notifications: Type.Optional(
      Type.Partial(Type.Record(Type.Enum(NOTIFICATION_TOPICS), ChannelsChange), strict),
    ),
  },
  strict,
);
export type PreferencesChange = Static<typeof PreferencesChange>;

/** PATCH /preferences/columns: which columns the member shows in one table. */
const TableIdentifier = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9._-]{0,39}$' });
export const VisibleColumnsChange = Type.Object(
  { table: TableIdentifier, columns: Type.Array(TableIdentifier, { maxItems: 40 }) },
  strict,
);
export type VisibleColumnsChange = Static<typeof VisibleColumnsChange>;

export const VisibleColumns = Type.Object({ columns: Preferences.properties.columns });
export type VisibleColumns = Static<typeof VisibleColumns>;

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
