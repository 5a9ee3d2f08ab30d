import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MemberItem, MemberListQuery } from '../../common/members-api';
import type { Page } from '../../common/page';
import { apiRequest } from './client';
import { toQueryString } from './query-string';
import { useSession } from './session';

export const fetchMembers = (query: MemberListQuery, signal?: AbortSignal) =>
  apiRequest<Page<MemberItem>>(`/members${toQueryString({ ...query })}`, { signal });

/** One page of the active members; the previous page stays on screen while the next loads. */
export function useMembers(query: MemberListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['members', organization.id, query],
    queryFn: ({ signal }) => fetchMembers(query, signal),
    placeholderData: keepPreviousData,
  });
}
