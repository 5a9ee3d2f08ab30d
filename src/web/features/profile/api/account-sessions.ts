import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionItem } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

export const accountSessionsQuery = queryOptions({
  queryKey: ['account', 'sessions'],
  queryFn: ({ signal }) =>
    apiRequest<{ sessions: SessionItem[] }>('/account/sessions', { signal }).then(
      (r) => r.sessions,
    ),
});

/** The member's active sessions, the current one marked. */
export const useAccountSessions = () => useQuery(accountSessionsQuery);
