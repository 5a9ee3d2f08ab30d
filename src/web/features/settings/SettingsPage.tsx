import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { DisplaySettings } from './DisplaySettings';
import { NotificationSettings } from './NotificationSettings';
import { ScimTokens } from './ScimTokens';
import { SingleSignOnSettings } from './SingleSignOnSettings';

export function SettingsPage() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Account Settings"
        description="How the portal shows dates and tables, what it tells you about, and how your organization signs in."
      />
      <DisplaySettings />
      <NotificationSettings />
      <SingleSignOnSettings />
      <ScimTokens />
    </Stack>
  );
}
