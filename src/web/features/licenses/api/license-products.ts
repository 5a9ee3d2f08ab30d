import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LicenseProductItem, LicenseProductListQuery } from '../../../../common/licenses-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The API path of one page (a route's loader may request it early, decision 154). */
export const licenseProductsPath = (query: LicenseProductListQuery) =>
  `/licenses/products${toQueryString({ ...query })}`;

export const fetchLicenseProducts = (query: LicenseProductListQuery, signal?: AbortSignal) =>
  apiRequest<Page<LicenseProductItem>>(licenseProductsPath(query), { signal });

export function useLicenseProducts(query: LicenseProductListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'products', query],
    queryFn: ({ signal }) => fetchLicenseProducts(query, signal),
    placeholderData: keepPreviousData,
  });
}
