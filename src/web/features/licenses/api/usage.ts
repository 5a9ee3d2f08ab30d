import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UsageRange, UsageSeries } from '../../../../common/usage-api';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

type UsageOf = 'products' | 'entitlements';

export const fetchUsage = (of: UsageOf, id: number, range: UsageRange, signal?: AbortSignal) =>
  apiRequest<UsageSeries>(`/usage/${of}/${id}${toQueryString({ range })}`, { signal });

/** Seats in use over time of a product or an entitlement; idle while none is open. */
export function useUsage(of: UsageOf, id: number | undefined, range: UsageRange) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['usage', organization.id, of, id, range],
    queryFn: ({ signal }) => fetchUsage(of, id!, range, signal),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}
