import { useQuery } from '@tanstack/react-query';
import type { DashboardPayload } from '../../common/api-types';
import { apiRequest } from './client';
import { useSession } from './session';

export const fetchDashboard = (signal?: AbortSignal) => apiRequest<DashboardPayload>('/dashboard', { signal });

/** KPIs and recent activity of the active organization, fetched again on every visit. */
export function useDashboard() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['dashboard', organization.id],
    queryFn: ({ signal }) => fetchDashboard(signal),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}
