import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { DisplaySettings } from './DisplaySettings';
import { NotificationSettings } from './NotificationSettings';

export function SettingsPage() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Account Settings"
        description="How the portal shows dates and tables, and what it tells you about."
      />
      <DisplaySettings />
      <NotificationSettings />
    </Stack>
  );
}
