import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';
import type { InvitationAcceptance } from '../../../../common/members-api';
import type { OkAnswer } from '../../../../common/schema-kit';

export const acceptInvitation = ({ token, ...account }: InvitationAcceptance & { token: string }) =>
  apiRequest<OkAnswer>(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: account,
  });

/** Accepting signs in (or switches to the new organization), so the session is loaded afresh. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: () => queryClient.removeQueries({ queryKey: sessionQuery.queryKey }),
  });
}
