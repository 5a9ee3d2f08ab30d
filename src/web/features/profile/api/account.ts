import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountPayload } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

export const accountQuery = queryOptions({
  queryKey: ['account'],
  queryFn: ({ signal }) => apiRequest<AccountPayload>('/account', { signal }),
});

/** Profile and two-factor status of the signed-in member. */
export const useAccount = () => useQuery(accountQuery);
