import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';
import type { EmailChange } from '../../../../common/account-api';
import type { OkAnswer } from '../../../../common/schema-kit';

export const requestEmailChange = (input: EmailChange) =>
  apiRequest<OkAnswer>('/account/email', { method: 'POST', body: input });

export function useRequestEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestEmailChange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountQuery.queryKey }),
  });
}
