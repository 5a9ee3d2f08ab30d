import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountPayload } from '../../../../common/account-api';
import { accountQuery } from './account';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';

export interface ProfileChange {
  firstName?: string;
  lastName?: string;
  phone?: string | null;
}

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
