import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountSessionsQuery } from './account-sessions';
import type { OtherSessionsEnded } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

export const revokeOtherSessions = () =>
  apiRequest<OtherSessionsEnded>('/account/sessions/revoke-others', { method: 'POST' });

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountSessionsQuery.queryKey }),
  });
}
