import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InvitationItem, InvitationListQuery } from '../../../../common/members-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export const fetchInvitations = (query: InvitationListQuery, signal?: AbortSignal) =>
  apiRequest<Page<InvitationItem>>(`/members/invitations${toQueryString({ ...query })}`, {
    signal,
  });

/** One page of the invitations not yet accepted (expired ones included). */
export function useInvitations(query: InvitationListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['invitations', organization.id, query],
    queryFn: ({ signal }) => fetchInvitations(query, signal),
    placeholderData: keepPreviousData,
  });
}
