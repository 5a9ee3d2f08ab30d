import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountSessionsQuery } from './account-sessions';
import { apiRequest } from '../../../api/client';
import type { PasswordChange } from '../../../../common/account-api';
import type { OkAnswer } from '../../../../common/schema-kit';

export const changePassword = (input: PasswordChange) =>
  apiRequest<OkAnswer>('/account/password', { method: 'POST', body: input });

/** Changing the password signs out the other sessions, so their list is reloaded. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountSessionsQuery.queryKey }),
  });
}
