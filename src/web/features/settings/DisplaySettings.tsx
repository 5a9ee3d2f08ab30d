import { Select, SimpleGrid } from '@mantine/core';
import type { PreferencesChange } from '../../../common/preferences';
import { useUpdatePreferences } from './api/update-preferences';
import { LANGUAGES } from '../../../common/plain-values';
import type { LanguagePreference } from '../../../common/preferences';
import { useColorSchemeChoice } from '../../components/color-scheme';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { browserLanguage, navigatorLanguages } from '../../i18n/language';
import { formatLocalizedCalendarDay } from '../../../common/format/localized-date-time';
import { ChoiceField } from './ChoiceField';
import { useTranslation } from 'react-i18next';

/** Each language in its own name, so a member who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
};

const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];

type ChoiceKey = 'theme' | 'dateDisplay' | 'density';

/** Labels, descriptions and option labels are translation keys (the absolute date's shows today's format). */
const CHOICES: {
  key: ChoiceKey;
  label: string;
  description: string;
  options: { value: string; label: string }[];
}[] = [
  {
    key: 'theme',
    label: 'settings.display.theme.label',
    description: 'settings.display.theme.description',
    options: [
      { value: 'light', label: 'settings.display.theme.light' },
      { value: 'dark', label: 'settings.display.theme.dark' },
      { value: 'system', label: 'settings.display.theme.system' },
    ],
  },
  {
    key: 'dateDisplay',
    label: 'settings.display.dateDisplay.label',
    description: 'settings.display.dateDisplay.description',
    options: [
      { value: 'absolute', label: 'settings.display.dateDisplay.absolute' },
      { value: 'relative', label: 'settings.display.dateDisplay.relative' },
    ],
  },
  {
    key: 'density',
    label: 'settings.display.density.label',
    description: 'settings.display.density.description',
    options: [
      { value: 'comfortable', label: 'settings.display.density.comfortable' },
      { value: 'compact', label: 'settings.display.density.compact' },
    ],
  },
];

export function DisplaySettings() {
  const { preferences, save: savePreferences } = useUpdatePreferences();
  const [, setColorSchemeChoice] = useColorSchemeChoice();
  const { t, i18n } = useTranslation();

  const save = (change: PreferencesChange) =>
    savePreferences(change, {
      // i18n.t, not this render's t: after a change of language the toast speaks the new one.
      onSuccess: () => notifySaved(i18n.t('settings.saved')),
      onError: (error) => notifyFailed(i18n.t('settings.notSaved'), error),
    });

  return (
    <SectionCard
      title={t('settings.display.title')}
      description={t('settings.display.description')}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Select
          label={t('settings.display.timezone.label')}
          description={t('settings.display.timezone.description')}
          data={TIME_ZONES}
          value={preferences.timezone}
          onChange={(timezone) => timezone && save({ timezone })}
          searchable
          allowDeselect={false}
          maxDropdownHeight={280}
        />
        <Select
          label={t('settings.display.language.label')}
          description={t('settings.display.language.description')}
          data={[
            {
              value: 'browser',
              label: t('settings.display.language.browser', {
                language: LANGUAGE_NAMES[browserLanguage(navigatorLanguages())],
              }),
            },
            ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] })),
          ]}
          value={preferences.language}
          // The page changes language at once: LanguageFollower reads the saved preference.
          onChange={(language) => language && save({ language: language as LanguagePreference })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {CHOICES.map(({ key, ...choice }) => (
          <ChoiceField
            key={key}
            label={t(choice.label)}
            description={t(choice.description)}
            options={choice.options.map((option) => ({
              value: option.value,
              label: t(option.label, {
                date: formatLocalizedCalendarDay('2026-06-15', i18n.language),
              }),
            }))}
            value={preferences[key]}
            onChange={(value) => {
              // The header toggle's choice in this browser would otherwise hide the account's theme.
              if (key === 'theme') setColorSchemeChoice(null);
              save({ [key]: value });
            }}
          />
        ))}
      </SimpleGrid>
    </SectionCard>
  );
}
