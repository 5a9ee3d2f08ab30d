import type { NotificationTopic } from '../../../common/preferences';

/** Titles and labels are translation keys (settings.notifications.…). */
export interface TopicGroup {
  title: string;
  topics: { topic: NotificationTopic; label: string; emailAlways?: boolean }[];
}

/** The notification settings as members read them, in groups. */
export const TOPIC_GROUPS: TopicGroup[] = [
  {
    title: 'settings.notifications.groups.expiring',
    topics: [
      { topic: 'licenseExpiring30', label: 'settings.notifications.topics.licenseExpiring30' },
      { topic: 'licenseExpiring15', label: 'settings.notifications.topics.licenseExpiring15' },
      { topic: 'licenseExpiring0', label: 'settings.notifications.topics.licenseExpiring0' },
    ],
  },
  {
    title: 'settings.notifications.groups.seats',
    topics: [
      { topic: 'seatsOver90', label: 'settings.notifications.topics.seatsOver90' },
      { topic: 'heartbeatLost', label: 'settings.notifications.topics.heartbeatLost' },
    ],
  },
  {
    title: 'settings.notifications.groups.releases',
    topics: [{ topic: 'newRelease', label: 'settings.notifications.topics.newRelease' }],
  },
  {
    title: 'settings.notifications.groups.security',
    topics: [
      { topic: 'newSignIn', label: 'settings.notifications.topics.newSignIn' },
      {
        topic: 'passwordChanged',
        label: 'settings.notifications.topics.passwordChanged',
        emailAlways: true,
      },
    ],
  },
];
