import { Checkbox, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { NotificationChannels, NotificationTopic } from '../../../common/preferences';
import { useUpdatePreferences } from './api/update-preferences';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { TOPIC_GROUPS } from './notification-topics';

const CHANNELS: { channel: keyof NotificationChannels; label: string }[] = [
  { channel: 'email', label: 'Email' },
  { channel: 'inPortal', label: 'In portal' },
];

export function NotificationSettings() {
  const { preferences, save } = useUpdatePreferences();
  const { notifications } = preferences;

  const toggle = (topic: NotificationTopic, channel: keyof NotificationChannels, on: boolean) =>
    save(
      { notifications: { [topic]: { [channel]: on } } },
      {
        onSuccess: () => notifySaved('Notification settings saved.'),
        onError: (error) => notifyFailed('The setting was not saved', error),
      },
    );

  return (
    <SectionCard
      title="Notifications"
      description="Choose what the portal tells you about, by email and under the bell in the header. Notices about licenses and seats concern the organizations you belong to."
    >
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="xs" aria-label="Notification settings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Notify me about</Table.Th>
              {CHANNELS.map(({ channel, label }) => (
                <Table.Th key={channel} w={80} ta="center">
                  {label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TOPIC_GROUPS.map((group) => (
              <Fragment key={group.title}>
                <Table.Tr>
                  <Table.Th colSpan={3} scope="colgroup" bg="var(--mantine-color-default-hover)">
                    {group.title}
                  </Table.Th>
                </Table.Tr>
                {group.topics.map(({ topic, label, emailAlways }) => (
                  <Table.Tr key={topic}>
                    <Table.Td>
                      {label}
                      {emailAlways && (
                        <Text size="xs" c="dimmed">
                          The email is always sent, for your security.
                        </Text>
                      )}
                    </Table.Td>
                    {CHANNELS.map(({ channel, label: channelLabel }) => {
                      const forced = emailAlways && channel === 'email';
                      return (
                        <Table.Td key={channel}>
                          <Checkbox
                            mx="auto"
                            w="fit-content"
                            aria-label={`${channelLabel}: ${label}`}
                            checked={forced || notifications[topic][channel]}
                            disabled={forced}
                            onChange={(event) =>
                              toggle(topic, channel, event.currentTarget.checked)
                            }
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
