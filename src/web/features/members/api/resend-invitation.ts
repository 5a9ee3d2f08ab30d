import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationCreated } from '../../../../common/members-api';
import { apiRequest } from '../../../api/client';

export const resendInvitation = (invitationId: number) =>
  apiRequest<InvitationCreated>(`/members/invitations/${invitationId}/resend`, { method: 'POST' });

/** A new link goes out; the previous one stops working. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
