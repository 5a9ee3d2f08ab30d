import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MemberItem, RoleChange } from '../../../../common/members-api';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';

export const changeMemberRole = ({ userId, role }: RoleChange & { userId: number }) =>
  apiRequest<MemberItem>(`/members/${userId}`, { method: 'PATCH', body: { role } });

/** Also reloads the session: a member who changed their own role gets their new abilities. */
export function useChangeMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['members'] }),
        queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
      ]),
  });
}
