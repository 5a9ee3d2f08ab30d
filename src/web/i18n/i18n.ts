import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../common/plain-values';
import type { Language } from '../../common/preferences';

type Resources = Record<string, ResourceKey>;

// One JSON file per language and area (locales/<language>/<area>.json), merged into one
// namespace whose top-level keys are the areas: `dashboard.kpi.totalLicenses`.
// English is bundled (it is the fallback); the others load on demand, one chunk per file,
// so a member who reads English downloads no other language.
const englishFiles = import.meta.glob<ResourceKey>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});
const otherFiles = import.meta.glob<ResourceKey>(['./locales/*/*.json', '!./locales/en/*.json'], {
  import: 'default',
});

const fileParts = (path: string) => /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!.slice(1);

function merged(entries: [string, ResourceKey][]): Resources {
  return Object.fromEntries(entries.map(([path, resources]) => [fileParts(path)[1], resources]));
}

/** dayjs's month and day names for the calendars (Mantine dates), loaded with the language. */
const calendarLocales: Record<string, () => Promise<unknown>> = {
  de: () => import('dayjs/locale/de'),
  fr: () => import('dayjs/locale/fr'),
  ja: () => import('dayjs/locale/ja'),
};

const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const loads = Object.entries(otherFiles)
      .filter(([path]) => fileParts(path)[0] === language)
      .map(async ([path, load]) => [path, await load()] as [string, ResourceKey]);
    const calendar = calendarLocales[language]?.();
    Promise.all([Promise.all(loads), calendar]).then(
      ([entries]) => callback(null, merged(entries)),
      (error: Error) => callback(error, null),
    );
  },
};

export const i18n = i18next.createInstance();

/** Starts i18next in `language`, loading its texts before the first render. */
export async function setUpI18n(language: Language): Promise<void> {
  await i18n
    .use(lazyLanguages)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      resources: { en: { translation: merged(Object.entries(englishFiles)) } },
      // English is bundled; the backend loads the others.
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes
      // A language loading after a change keeps the page in the old one until it is there.
      react: { useSuspense: false },
    });
}
