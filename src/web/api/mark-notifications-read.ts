import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UnreadCount } from '../../common/account-api';
import { apiRequest } from './client';
import { notificationsQuery } from './notifications';

/** Marks the listed notifications read, or all of them without ids. */
export const markNotificationsRead = (ids?: number[]) =>
  apiRequest<UnreadCount>('/notifications/read', {
    method: 'POST',
    body: ids ? { ids } : {},
  });

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey }),
  });
}
