import { Select, SimpleGrid } from '@mantine/core';
import type { PreferencesChange } from '../../../common/preferences';
import { useUpdatePreferences } from './api/update-preferences';
import { useColorSchemeChoice } from '../../components/color-scheme';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { ChoiceField } from './ChoiceField';

const TIME_ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];

type ChoiceKey = 'theme' | 'dateDisplay' | 'density';

const CHOICES: {
  key: ChoiceKey;
  label: string;
  description: string;
  options: { value: string; label: string }[];
}[] = [
  {
    key: 'theme',
    label: 'Theme',
    description: 'System follows your device.',
    options: [
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
      { value: 'system', label: 'System' },
    ],
  },
  {
    key: 'dateDisplay',
    label: 'Date display',
    description: 'Relative dates show the exact time on hover.',
    options: [
      { value: 'absolute', label: '15 Jun 2026' },
      { value: 'relative', label: '3 days ago' },
    ],
  },
  {
    key: 'density',
    label: 'Table density',
    description: 'Compact fits more rows on the screen.',
    options: [
      { value: 'comfortable', label: 'Comfortable' },
      { value: 'compact', label: 'Compact' },
    ],
  },
];

export function DisplaySettings() {
  const { preferences, save: savePreferences } = useUpdatePreferences();
  const [, setColorSchemeChoice] = useColorSchemeChoice();

  const save = (change: PreferencesChange) =>
    savePreferences(change, {
      onSuccess: () => notifySaved('Settings saved.'),
      onError: (error) => notifyFailed('The setting was not saved', error),
    });

  return (
    <SectionCard
      title="Display"
      description="These settings follow your account to every browser you sign in from."
    >
      <Select
        label="Time zone"
        description="Every date and time in the portal and in exported files is shown in this time zone."
        data={TIME_ZONES}
        value={preferences.timezone}
        onChange={(timezone) => timezone && save({ timezone })}
        searchable
        allowDeselect={false}
        maxDropdownHeight={280}
        maw={420}
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        {CHOICES.map(({ key, ...choice }) => (
          <ChoiceField
            key={key}
            {...choice}
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
