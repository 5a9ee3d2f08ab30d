import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { DisplaySettings } from './DisplaySettings';
import { NotificationSettings } from './NotificationSettings';
import { useTranslation } from 'react-i18next';
import { ScimTokens } from './ScimTokens';
import { SingleSignOnSettings } from './SingleSignOnSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <DisplaySettings />
      <NotificationSettings />
      <SingleSignOnSettings />
      <ScimTokens />
    </Stack>
  );
}
