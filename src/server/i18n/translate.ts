import i18next from 'i18next';
import type { Language } from '../../common/preferences.js';
import { de } from './resources/de.js';
import { en } from './resources/en.js';
import { fr } from './resources/fr.js';
import { ja } from './resources/ja.js';

/** Every language's messages, by language (the unit test compares their keys). */
export const SERVER_MESSAGES = { en, de, fr, ja } satisfies Record<Language, unknown>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** "mail.invitation.subject", "mail.seats" (for seats_one/seats_other)… */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeysOf<typeof en>;

/** Text in one language; `count` picks the plural form (Intl.PluralRules of that language). */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// One instance for the process, initialised synchronously: the resources are in the bundle.
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(SERVER_MESSAGES).map(([language, messages]) => [
      language,
      { translation: messages },
    ]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  // The mail layout and the CSV writer escape for their own formats.
  interpolation: { escapeValue: false },
});

const translators = new Map<Language, Translate>();

export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const fixed = instance.getFixedT(language);
    t = (key, values) => fixed(key, values ?? {});
    translators.set(language, t);
  }
  return t;
}
