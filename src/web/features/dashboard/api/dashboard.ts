import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InventoryView } from '../../../../common/assignments-api';
import type { DashboardPayload } from '../../../../common/api-types';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export const dashboardPath = (view: InventoryView | undefined) =>
  `/dashboard${toQueryString({ view })}`;

export const fetchDashboard = (view: InventoryView | undefined, signal?: AbortSignal) =>
  apiRequest<DashboardPayload>(dashboardPath(view), { signal });

/** KPIs and recent activity of the active organization (or the member's assignments), fetched again on every visit. */
export function useDashboard(view?: InventoryView) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['dashboard', organization.id, view],
    queryFn: ({ signal }) => fetchDashboard(view, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}
