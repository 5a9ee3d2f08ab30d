import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationCreated, NewInvitation } from '../../common/members-api';
import { apiRequest } from './client';

export const createInvitation = (invitation: NewInvitation) =>
  apiRequest<InvitationCreated>('/members/invitations', { method: 'POST', body: invitation });

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
