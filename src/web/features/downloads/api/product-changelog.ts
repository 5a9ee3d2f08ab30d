import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProductChangelog } from '../../../../common/downloads-api';
import { apiRequest } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useSession } from '../../../api/session';

export const fetchProductChangelog = (
  product: string,
  cursor: string | undefined,
  signal?: AbortSignal,
) =>
  apiRequest<ProductChangelog>(
    `/downloads/changelog/${encodeURIComponent(product)}${toQueryString({ cursor })}`,
    { signal },
  );

/** A product's changelog (by id or code), one page of releases at a time. */
export function useProductChangelog(product: string, cursor: string | undefined) {
  const { organization } = useSession();
  return useQuery({
    queryKey: ['downloads', organization.id, 'changelog', product, cursor],
    queryFn: ({ signal }) => fetchProductChangelog(product, cursor, signal),
    placeholderData: keepPreviousData,
  });
}
