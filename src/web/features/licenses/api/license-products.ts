import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LicenseProductItem, ProductSortColumn } from '../../../../common/licenses-api';
import type { Page, SortDirection } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export interface LicenseProductQuery {
  q?: string;
  /** Assigned to: me, none or a member's user id. */
  assigned?: string;
  sort?: ProductSortColumn;
  direction?: SortDirection;
  cursor?: string;
  limit?: number;
}

export const fetchLicenseProducts = (query: LicenseProductQuery, signal?: AbortSignal) =>
  apiRequest<Page<LicenseProductItem>>(`/licenses/products${toQueryString({ ...query })}`, {
    signal,
  });

export function useLicenseProducts(query: LicenseProductQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'products', query],
    queryFn: ({ signal }) => fetchLicenseProducts(query, signal),
    placeholderData: keepPreviousData,
  });
}
