import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';

export const removeMember = (userId: number) =>
  apiRequest<void>(`/members/${userId}`, { method: 'DELETE' });

/** Also reloads the session: a member who left loses this organization. */
export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['members'] }),
        queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
      ]),
  });
}
