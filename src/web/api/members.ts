import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MemberItem, MemberSearchScope, MemberSortColumn } from '../../common/members-api';
import type { Page, SortDirection } from '../../common/page';
import type { Role } from '../../common/roles';
import { apiRequest } from './client';
import { toQueryString } from './query-string';
import { useSession } from './session';

export interface MemberListQuery {
  role?: Role;
  scope?: MemberSearchScope;
  q?: string;
  sort?: MemberSortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
}

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
