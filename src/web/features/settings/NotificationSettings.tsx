import { Checkbox, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { NotificationChannels, NotificationTopic } from '../../../common/preferences';
import { useUpdatePreferences } from './api/update-preferences';
import { notifyFailed, notifySaved } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { TOPIC_GROUPS } from './notification-topics';
import { useTranslation } from 'react-i18next';

const CHANNELS: { channel: keyof NotificationChannels; label: string }[] = [
  { channel: 'email', label: 'settings.notifications.channels.email' },
  { channel: 'inPortal', label: 'settings.notifications.channels.inPortal' },
];

export function NotificationSettings() {
  const { preferences, save } = useUpdatePreferences();
  const { t } = useTranslation();
  const { notifications } = preferences;

  const toggle = (topic: NotificationTopic, channel: keyof NotificationChannels, on: boolean) =>
    save(
      { notifications: { [topic]: { [channel]: on } } },
      {
        onSuccess: () => notifySaved(t('settings.notifications.saved')),
        onError: (error) => notifyFailed(t('settings.notSaved'), error),
      },
    );

  return (
    <SectionCard
      title={t('settings.notifications.title')}
      description={t('settings.notifications.description')}
    >
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="xs" aria-label={t('settings.notifications.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.notifications.notifyAbout')}</Table.Th>
              {CHANNELS.map(({ channel, label }) => (
                <Table.Th key={channel} w={80} ta="center">
                  {t(label)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {TOPIC_GROUPS.map((group) => (
              <Fragment key={group.title}>
                <Table.Tr>
                  <Table.Th colSpan={3} scope="colgroup" bg="var(--mantine-color-default-hover)">
                    {t(group.title)}
                  </Table.Th>
                </Table.Tr>
                {group.topics.map(({ topic, label, emailAlways }) => (
                  <Table.Tr key={topic}>
                    <Table.Td>
                      {t(label)}
                      {emailAlways && (
                        <Text size="xs" c="dimmed">
                          {t('settings.notifications.emailAlways')}
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
                            aria-label={`${t(channelLabel)}: ${t(label)}`}
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
