import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from './client';
import { sessionQuery } from './session';

const MAX_RETRIES = 2;

/** Client errors (4xx) are answers, not hiccups: retrying them cannot help. */
const shouldRetry = (failureCount: number, error: Error) =>
  failureCount < MAX_RETRIES &&
  !(error instanceof ApiError && error.status >= 400 && error.status < 500);

/**
 * The app's query client. `onSessionExpired` runs when a data query answers 401, i.e. the
 * session ended while the member was using the portal (the session query itself is
 * handled by the signed-in route, which redirects to the sign-in page).
 */
export function createQueryClient(onSessionExpired: () => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && query.queryKey[0] !== sessionQuery.queryKey[0])
          onSessionExpired();
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry } },
  });
}
