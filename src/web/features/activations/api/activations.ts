import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ActivationItem, ActivationListQuery } from '../../../../common/activations-api';
import type { Page } from '../../../../common/page';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

/** The API path of one page (a route's loader may request it early, decision 154). */
export const activationsPath = (query: ActivationListQuery) =>
  `/activations${toQueryString({ ...query })}`;

export const fetchActivations = (query: ActivationListQuery, signal?: AbortSignal) =>
  apiRequest<Page<ActivationItem>>(activationsPath(query), { signal });

export function useActivations(query: ActivationListQuery) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['activations', organization.id, query],
    queryFn: ({ signal }) => fetchActivations(query, signal),
    placeholderData: keepPreviousData,
  });
}
