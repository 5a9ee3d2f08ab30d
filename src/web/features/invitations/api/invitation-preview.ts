import { useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '../../../../common/members-api';
import { apiRequest } from '../../../api/client';

export const fetchInvitationPreview = (token: string, signal?: AbortSignal) =>
  apiRequest<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`, { signal });

/** What an invitation link offers; a used, revoked or expired link answers 404. */
export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => fetchInvitationPreview(token, signal),
    staleTime: Infinity,
  });
