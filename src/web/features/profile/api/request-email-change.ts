import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';

export const requestEmailChange = (input: { newEmail: string; password: string }) =>
  apiRequest<{ ok: true }>('/account/email', { method: 'POST', body: input });

export function useRequestEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestEmailChange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQuery.queryKey }),
  });
}
