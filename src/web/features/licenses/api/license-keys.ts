import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LicenseKeyItem, LicenseKeyListQuery } from '../../../../common/license-keys-schema';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The API path of one page (a route's loader may request it early, decision 154). */
export const licenseKeysPath = (query: LicenseKeyListQuery) =>
  `/licenses/keys${toQueryString({ ...query })}`;

export const fetchLicenseKeys = (query: LicenseKeyListQuery, signal?: AbortSignal) =>
  apiRequest<Page<LicenseKeyItem>>(licenseKeysPath(query), { signal });

/** One page of every license key the organization holds (masked). */
export function useLicenseKeys(query: LicenseKeyListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['licenses', organization.id, 'keys', query],
    queryFn: ({ signal }) => fetchLicenseKeys(query, signal),
    placeholderData: keepPreviousData,
  });
}
