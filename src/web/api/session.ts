import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { SessionPayload } from '../../common/api-types';
import { apiRequest, readAnswer, setCsrfToken } from './client';
import { takeEarlySession } from './early-session';

export async function fetchSession(signal?: AbortSignal): Promise<SessionPayload> {
  const early = takeEarlySession();
  const session = early
    ? await readAnswer<SessionPayload>(early)
    : await apiRequest<SessionPayload>('/session', { signal });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 60_000,
});

/** The signed-in member. Only for pages under the signed-in layout, whose route loads the session first. */
export function useSession(): SessionPayload {
  return useSuspenseQuery(sessionQuery).data;
}
