import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationCreated } from '../../common/members-api';
import type { Role } from '../../common/roles';
import { apiRequest } from './client';

export interface NewInvitation {
  email: string;
  phone?: string;
  role: Role;
}

export const createInvitation = (invitation: NewInvitation) =>
  apiRequest<InvitationCreated>('/members/invitations', { method: 'POST', body: invitation });

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
