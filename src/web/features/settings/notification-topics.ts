import type { NotificationTopic } from '../../../common/preferences';

export interface TopicGroup {
  title: string;
  topics: { topic: NotificationTopic; label: string; emailAlways?: boolean }[];
}

/** The notification settings as members read them, in groups. */
export const TOPIC_GROUPS: TopicGroup[] = [
  {
    title: 'Licenses expiring soon',
    topics: [
      { topic: 'licenseExpiring30', label: '30 days before expiry' },
      { topic: 'licenseExpiring15', label: '15 days before expiry' },
      { topic: 'licenseExpiring0', label: 'On the day of expiry' },
    ],
  },
  {
    title: 'Seats and activations',
    topics: [
      { topic: 'seatsOver90', label: 'More than 90% of a license’s seats in use' },
      { topic: 'heartbeatLost', label: 'An activation stopped sending heartbeats' },
    ],
  },
  {
    title: 'Releases',
    topics: [{ topic: 'newRelease', label: 'New release of a product you own' }],
  },
  {
    title: 'Security alerts',
    topics: [
      { topic: 'newSignIn', label: 'Sign-in from a new device or address' },
      { topic: 'passwordChanged', label: 'Password changed', emailAlways: true },
    ],
  },
];
