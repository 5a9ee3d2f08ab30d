import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountSessionsQuery } from './account-sessions';
import { apiRequest } from '../../../api/client';

export const revokeSession = (sessionId: number) =>
  apiRequest<{ ok: true }>(`/account/sessions/${sessionId}`, { method: 'DELETE' });

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountSessionsQuery.queryKey }),
  });
}
