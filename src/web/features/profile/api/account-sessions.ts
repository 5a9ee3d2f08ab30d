import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionList } from '../../../../common/account-api';
import { apiRequest } from '../../../api/client';

export const accountSessionsQuery = queryOptions({
  queryKey: ['account', 'sessions'],
  queryFn: ({ signal }) =>
    apiRequest<SessionList>('/account/sessions', { signal }).then((r) => r.sessions),
});

/** The member's active sessions, the current one marked. */
export const useAccountSessions = () => useQuery(accountSessionsQuery);
