import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DownloadReleaseItem, DownloadReleaseQuery } from '../../../../common/downloads-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export const fetchDownloadReleases = (query: DownloadReleaseQuery, signal?: AbortSignal) =>
  apiRequest<Page<DownloadReleaseItem>>(`/downloads/releases${toQueryString({ ...query })}`, {
    signal,
  });

/** One page of the releases the organization may download, newest first. */
export function useDownloadReleases(query: DownloadReleaseQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['downloads', organization.id, 'releases', query],
    queryFn: ({ signal }) => fetchDownloadReleases(query, signal),
    placeholderData: keepPreviousData,
  });
}
