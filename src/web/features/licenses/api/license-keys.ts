import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  LicenseKeySortColumn,
  LicenseKeyStatusFilter,
} from '../../../../common/license-keys-api';
import type { LicenseKeyItem } from '../../../../common/license-keys-schema';
import type { Page, SortDirection } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export interface LicenseKeyQuery {
  status?: LicenseKeyStatusFilter;
  productId?: number;
  featureId?: number;
  expiringWithinDays?: number;
  assigned?: string;
  q?: string;
  sort?: LicenseKeySortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
}

export const fetchLicenseKeys = (query: LicenseKeyQuery, signal?: AbortSignal) =>
  apiRequest<Page<LicenseKeyItem>>(`/licenses/keys${toQueryString({ ...query })}`, { signal });

/** One page of every license key the organization holds (masked). */
export function useLicenseKeys(query: LicenseKeyQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'keys', query],
    queryFn: ({ signal }) => fetchLicenseKeys(query, signal),
    placeholderData: keepPreviousData,
  });
}
