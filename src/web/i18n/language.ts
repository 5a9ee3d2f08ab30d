import { LANGUAGES } from '../../common/plain-values';
import type { Language, LanguagePreference } from '../../common/preferences';

const isLanguage = (code: string): code is Language =>
  (LANGUAGES as readonly string[]).includes(code);

/** The first of the browser's languages (`navigator.languages`) the portal speaks, else English. */
export function browserLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The member's choice, or the browser's language when they chose none (or nobody is signed in). */
export function resolveLanguage(
  preference: LanguagePreference | string | null | undefined,
  tags: readonly string[],
): Language {
  return preference && isLanguage(preference) ? preference : browserLanguage(tags);
}

export const navigatorLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
