import { LANGUAGES, type Language, type Preferences } from '../../common/preferences.js';

const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

/** The language a member reads: the one they chose, else the one their browser last sent, else English. */
export function memberLanguage(preferences: Preferences): Language {
  if (preferences.language !== 'browser') return preferences.language;
  return isLanguage(preferences.browserLanguage) ? preferences.browserLanguage : 'en';
}

/**
 * The best of our languages in an Accept-Language header ("de-CH, fr;q=0.8, en;q=0.5"):
 * highest q first, then header order; a range matches by its primary subtag. Twelve lines
 * instead of a package: @fastify/accept-negotiator matches whole tokens only ("de-CH" ≠ "de").
 */
export function languageFromHeader(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',', 32)
    .map((part, index) => {
      const [tag, ...parameters] = part.split(';');
      const q = parameters.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]);
      const quality = q.find((value) => value !== undefined);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: Number(quality ?? 1), index };
    })
    .filter((range) => range.q > 0 && isLanguage(range.primary));
  ranges.sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges[0]?.primary as Language | undefined;
}

/**
 * For an answer to a request (a CSV export): the member's choice, else what this browser
 * asks for now, else what it asked for last.
 */
export function requestLanguage(
  preferences: Preferences,
  acceptLanguage: string | undefined,
): Language {
  if (preferences.language !== 'browser') return preferences.language;
  return languageFromHeader(acceptLanguage) ?? memberLanguage(preferences);
}
