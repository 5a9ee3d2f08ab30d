import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActivationItem, ActivationSortColumn } from '../../../../common/activations-api';
import type { Page, SortDirection } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The filters and order of the Activations table; the export takes the same ones. */
export interface ActivationFilters {
  from?: string;
  to?: string;
  productId?: number;
  q?: string;
  sort?: ActivationSortColumn;
  direction?: SortDirection;
}

export type ActivationsQuery = ActivationFilters & { cursor?: string; limit?: number };

export const fetchActivations = (query: ActivationsQuery, signal?: AbortSignal) =>
  apiRequest<Page<ActivationItem>>(`/activations${toQueryString({ ...query })}`, { signal });

export function useActivations(query: ActivationsQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['activations', organization.id, query],
    queryFn: ({ signal }) => fetchActivations(query, signal),
    placeholderData: keepPreviousData,
  });
}
