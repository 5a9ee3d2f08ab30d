import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountPayload, ProfileChange } from '../../../../common/account-api';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';

export const updateProfile = (change: ProfileChange) =>
  apiRequest<AccountPayload>('/account/profile', { method: 'PATCH', body: change });

/** Saves name and phone; the header shows the name from the session, so that is reloaded too. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQuery.queryKey, account);
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });
}
