import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationsPayload } from '../../common/account-api';
import { apiRequest } from './client';

const POLL_MS = 60_000;

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => apiRequest<NotificationsPayload>('/notifications', { signal }),
  refetchInterval: POLL_MS,
});

/** The bell's notifications and unread count, refreshed every minute. */
export const useNotifications = () => useQuery(notificationsQuery);
