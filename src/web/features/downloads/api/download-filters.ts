import { useQuery } from '@tanstack/react-query';
import type { DownloadFilterOptions } from '../../../../common/downloads-api';
import { apiRequest } from '../../../api/client';
import { useSession } from '../../../api/session';

export const fetchDownloadFilters = (signal?: AbortSignal) =>
  apiRequest<DownloadFilterOptions>('/downloads/filters', { signal });

/** The entitled products and platforms the Downloads filters offer. */
export function useDownloadFilters() {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['downloads', organization.id, 'filters'],
    queryFn: ({ signal }) => fetchDownloadFilters(signal),
  });
}
