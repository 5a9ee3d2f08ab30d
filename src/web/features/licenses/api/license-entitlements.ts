import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  EntitlementDateField,
  EntitlementLineItem,
  EntitlementSearchScope,
  EntitlementSortColumn,
} from '../../../../common/licenses-api';
import type { Page, SortDirection } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export interface EntitlementQuery {
  scope?: EntitlementSearchScope;
  q?: string;
  /** Assigned to: me, none or a member's user id. */
  assigned?: string;
  dateField?: EntitlementDateField;
  from?: string;
  to?: string;
  feature?: number;
  sort?: EntitlementSortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
}

export const fetchEntitlements = (query: EntitlementQuery, signal?: AbortSignal) =>
  apiRequest<Page<EntitlementLineItem>>(`/licenses/entitlements${toQueryString({ ...query })}`, {
    signal,
  });

export function useEntitlements(query: EntitlementQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'entitlements', query],
    queryFn: ({ signal }) => fetchEntitlements(query, signal),
    placeholderData: keepPreviousData,
  });
}
