import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountSessionsQuery } from './account-sessions';
import { apiRequest } from '../../../api/client';
import type { OkAnswer } from '../../../../common/schema-kit';

export const revokeSession = (sessionId: number) =>
  apiRequest<OkAnswer>(`/account/sessions/${sessionId}`, { method: 'DELETE' });

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountSessionsQuery.queryKey }),
  });
}
