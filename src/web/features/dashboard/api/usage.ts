import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UsageOutlook, UsageRange, UsageSeries } from '../../../../common/usage-api';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The range the Dashboard's usage chart opens with. */
export const FIRST_USAGE_RANGE: UsageRange = '30d';

export const organizationUsagePath = (range: UsageRange) => `/usage${toQueryString({ range })}`;
export const USAGE_OUTLOOK_PATH = '/usage/outlook';

export const fetchOrganizationUsage = (range: UsageRange, signal?: AbortSignal) =>
  apiRequest<UsageSeries>(organizationUsagePath(range), { signal });

export const fetchUsageOutlook = (signal?: AbortSignal) =>
  apiRequest<UsageOutlook>(USAGE_OUTLOOK_PATH, { signal });

/** Seats in use over time of the whole organization, fetched again on every visit as the KPIs are. */
export function useOrganizationUsage(range: UsageRange) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['usage', organization.id, 'organization', range],
    queryFn: ({ signal }) => fetchOrganizationUsage(range, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

/** Which products run out of seats at this rate, and entitlements expiring with seats in use. */
export function useUsageOutlook() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['usage', organization.id, 'outlook'],
    queryFn: ({ signal }) => fetchUsageOutlook(signal),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}
