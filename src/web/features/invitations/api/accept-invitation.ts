import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { sessionQuery } from '../../../api/session';
import type { OkAnswer } from '../../../../common/schema-kit';

export interface Acceptance {
  token: string;
  /** For a new account; an existing account accepts from its own session with none of these. */
  firstName?: string;
  lastName?: string;
  password?: string;
}

export const acceptInvitation = ({ token, ...account }: Acceptance) =>
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
