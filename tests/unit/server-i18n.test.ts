import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, LANGUAGES } from '../../src/common/preferences.js';
import {
  languageFromHeader,
  memberLanguage,
  requestLanguage,
} from '../../src/server/i18n/language.js';
import type { MessageTree } from '../../src/server/i18n/resources/en.js';
import { SERVER_MESSAGES, translator } from '../../src/server/i18n/translate.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" with its text. */
function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys without plural suffixes: what a caller asks for. */
const baseKeys = (tree: MessageTree) =>
  new Set([...leaves(tree).keys()].map((k) => k.replace(PLURAL, '')));

describe('server translations', () => {
  const english = baseKeys(SERVER_MESSAGES.en);

  it.each(LANGUAGES)('%s has exactly the keys English has', (language) => {
    const keys = baseKeys(SERVER_MESSAGES[language]);
    expect(
      [...english].filter((key) => !keys.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...keys].filter((key) => !english.has(key)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LANGUAGES)('%s has every plural form its plural rules use, and no other', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const all = [...leaves(SERVER_MESSAGES[language]).keys()];
    const plurals = new Set(
      [...leaves(SERVER_MESSAGES.en).keys()]
        .filter((k) => PLURAL.test(k))
        .map((k) => k.replace(PLURAL, '')),
    );
    for (const base of plurals) {
      const forms = all.filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k));
      expect(forms.map((k) => PLURAL.exec(k)![1]).sort(), base).toEqual([...categories].sort());
    }
  });

  it.each(LANGUAGES)('%s uses the same {{values}} as English in every text', (language) => {
    const texts = leaves(SERVER_MESSAGES[language]);
    const englishTexts = leaves(SERVER_MESSAGES.en);
    const englishOf = (key: string) =>
      englishTexts.get(key) ?? englishTexts.get(key.replace(PLURAL, '_other'))!;
    for (const [key, text] of texts) {
      // A form for one may spell the number out ("eine Sitzung"); the others must carry it.
      const expected = variables(englishOf(key)).filter(
        (v) => v !== 'count' || !key.endsWith('_one'),
      );
      expect(
        variables(text).filter((v) => v !== 'count' || !key.endsWith('_one')),
        `${language} ${key}`,
      ).toEqual(expected);
    }
  });

  it('picks plural forms by each language’s rules', () => {
    expect(translator('en')('mail.seats', { count: 1 })).toBe('1 seat');
    expect(translator('de')('mail.seats', { count: 3 })).toBe('3 Plätze');
    expect(translator('fr')('mail.seats', { count: 1 })).toBe('1 poste');
    expect(translator('ja')('mail.seats', { count: 5 })).toBe('5 シート');
  });
});

describe('the language of a member', () => {
  it('reads Accept-Language by quality, then order, matching primary subtags', () => {
    expect(languageFromHeader('de-CH, fr;q=0.8, en;q=0.5')).toBe('de');
    expect(languageFromHeader('zh-CN, ja;q=0.4, fr;q=0.6')).toBe('fr');
    expect(languageFromHeader('en;q=0.2, DE;q=0.9')).toBe('de');
    expect(languageFromHeader('fr;q=0, ja')).toBe('ja');
    expect(languageFromHeader('fr-CA;q=0.7, de;q=0.7')).toBe('fr');
    expect(languageFromHeader('zh, *')).toBeUndefined();
    expect(languageFromHeader('de;q=abc')).toBe('de');
    expect(languageFromHeader('')).toBeUndefined();
    expect(languageFromHeader(undefined)).toBeUndefined();
  });

  it('follows the choice, else the browser last seen, else English', () => {
    expect(memberLanguage({ ...DEFAULT_PREFERENCES, language: 'fr', browserLanguage: 'de' })).toBe(
      'fr',
    );
    expect(memberLanguage({ ...DEFAULT_PREFERENCES, browserLanguage: 'de' })).toBe('de');
    expect(memberLanguage(DEFAULT_PREFERENCES)).toBe('en');
    expect(requestLanguage({ ...DEFAULT_PREFERENCES, browserLanguage: 'de' }, 'ja')).toBe('ja');
    expect(requestLanguage({ ...DEFAULT_PREFERENCES, browserLanguage: 'de' }, 'zh')).toBe('de');
    expect(requestLanguage({ ...DEFAULT_PREFERENCES, language: 'fr' }, 'ja')).toBe('fr');
  });
});
