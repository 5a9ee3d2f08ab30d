import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EntitlementLineItem, EntitlementListQuery } from '../../../../common/licenses-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The API path of one page (a route's loader may request it early, decision 154). */
export const entitlementsPath = (query: EntitlementListQuery) =>
  `/licenses/entitlements${toQueryString({ ...query })}`;

export const fetchEntitlements = (query: EntitlementListQuery, signal?: AbortSignal) =>
  apiRequest<Page<EntitlementLineItem>>(entitlementsPath(query), { signal });

export function useEntitlements(query: EntitlementListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'entitlements', query],
    queryFn: ({ signal }) => fetchEntitlements(query, signal),
    placeholderData: keepPreviousData,
  });
}
